package org.openfse.core.billing;

import java.time.LocalDate;
import java.util.Objects;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;

/**
 * One folder of the recycling list ("Recyclages", seed 000): an invoice défacturée and not yet
 * billed again, with what the professional must correct.
 *
 * @param invoiceId store id of the défacturée invoice
 * @param number its number (the one the refacturation will recall)
 * @param patientId store id of the patient folder
 * @param beneficiaryId store id of the beneficiary
 * @param patientName beneficiary's last and first name
 * @param careDate day of care
 * @param totalFees honoraires of the invoice
 * @param rejectCause the reject cause (code and label of the RSP, or what the user typed)
 * @param comment the corrections to make, as typed when défacturer
 */
public record RecyclingEntry(long invoiceId, InvoiceNumber number, long patientId, long beneficiaryId, String patientName,
        LocalDate careDate, Money totalFees, String rejectCause, String comment) {
    public RecyclingEntry {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(careDate, "careDate");
        Objects.requireNonNull(totalFees, "totalFees");
        Objects.requireNonNull(rejectCause, "rejectCause");
        Objects.requireNonNull(comment, "comment");
    }
}
