package org.openfse.core.returns;

import java.time.LocalDate;
import org.openfse.core.Money;

/**
 * A line of "Détail du virement > Paiements et régularisations".
 *
 * @param lineId the {@code PaymentLine} id (for manual lettrage)
 * @param invoiceNumber as read
 * @param invoiceDate of the lettered invoice, {@code null} when not lettered
 * @param patientName of the lettered invoice, blank when not lettered
 * @param organisme paying organisme
 * @param part AMO or AMC
 * @param expected amount claimed
 * @param paid amount paid, signed (negative for a régularisation)
 * @param regularisation whether it corrects an earlier payment
 * @param invoiceId the lettered invoice, 0 when not lettered
 */
public record PaymentLineView(long lineId, String invoiceNumber, LocalDate invoiceDate, String patientName,
        String organisme, Part part, Money expected, Money paid, boolean regularisation, long invoiceId) {
}
