package org.openfse.core.lot;

import java.time.LocalDate;
import java.util.Objects;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;

/**
 * One invoice of a lot, as the lot detail and the bordereau show it.
 *
 * @param invoiceId the invoice's store id
 * @param number the invoice (FSE) number
 * @param patientName the beneficiary's name, {@code "DUPONT Marie"}
 * @param careDate day of the (first) act
 * @param totalFees billed
 * @param totalAmo AMO part
 * @param totalAmc AMC part
 * @param state the invoice's state
 */
public record LotInvoice(long invoiceId, InvoiceNumber number, String patientName, LocalDate careDate, Money totalFees,
        Money totalAmo, Money totalAmc, InvoiceState state) {

    public LotInvoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(totalFees, "totalFees");
        Objects.requireNonNull(totalAmo, "totalAmo");
        Objects.requireNonNull(totalAmc, "totalAmc");
    }
}
