package org.openfse.core.lot;

import java.time.LocalDate;
import java.util.Objects;
import org.openfse.core.InvoiceNumber;

/**
 * A secured invoice whose transmission deadline is near or passed (see
 * {@link LotService#deadlineWarnings}).
 *
 * @param invoiceId the invoice's store id
 * @param number its number
 * @param psNumber the practitioner
 * @param startDate the day the delay counts from (the care day)
 * @param workingDays the delay: 3 (paiement direct) or 8 (dispense d'avance des frais)
 * @param deadline the last working day to transmit
 * @param overdue whether {@code deadline} is before the day of the check
 */
public record DeadlineWarning(long invoiceId, InvoiceNumber number, String psNumber, LocalDate startDate,
        int workingDays, LocalDate deadline, boolean overdue) {

    public DeadlineWarning {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(deadline, "deadline");
    }
}
