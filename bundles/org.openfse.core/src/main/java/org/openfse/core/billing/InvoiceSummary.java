package org.openfse.core.billing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.sesam.SecureMode;

/**
 * A stored invoice as the billing service hands it back after an operation. The whole invoice
 * (lines, forcings, attachments) is read from the store: {@code tx.repository(Invoice.class).get(id)}.
 *
 * @param id store id of the {@code Invoice}
 * @param version its version after the operation (optimistic locking)
 * @param practitionerId store id of the practitioner who bills
 * @param psNumber that practitioner's PS number
 * @param number the 9-digit invoice number, unique per practitioner, never reused
 * @param kind FSE, DRE, DRE d'annulation or rectificative
 * @param state the state after the operation
 * @param mode the mode it was secured in, empty before securing
 * @param careDate day of care
 * @param beneficiaryId store id of the beneficiary
 * @param totalFees honoraires (negative for a counterpart)
 * @param totalAmo part AMO
 * @param totalAmc part AMC
 * @param totalPatient reste à charge
 * @param recycledAs id of the invoice that bills it again, when it was recycled
 * @param recycledFrom id of the invoice it bills again, when it is a refacturation
 * @param counterpartOf id of the invoice it cancels (negative counterpart, DRE d'annulation or
 *        rectificative)
 * @param rejectCause the reject cause given when it was défacturée
 * @param comment the comment given when it was défacturée (corrections to make)
 */
public record InvoiceSummary(long id, long version, long practitionerId, String psNumber, InvoiceNumber number,
        InvoiceKind kind, InvoiceState state, Optional<SecureMode> mode, LocalDate careDate, long beneficiaryId,
        Money totalFees, Money totalAmo, Money totalAmc, Money totalPatient, OptionalLong recycledAs,
        OptionalLong recycledFrom, OptionalLong counterpartOf, Optional<String> rejectCause, Optional<String> comment) {

    public InvoiceSummary {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(careDate, "careDate");
        Objects.requireNonNull(totalFees, "totalFees");
        Objects.requireNonNull(totalAmo, "totalAmo");
        Objects.requireNonNull(totalAmc, "totalAmc");
        Objects.requireNonNull(totalPatient, "totalPatient");
        Objects.requireNonNull(recycledAs, "recycledAs");
        Objects.requireNonNull(recycledFrom, "recycledFrom");
        Objects.requireNonNull(counterpartOf, "counterpartOf");
        Objects.requireNonNull(rejectCause, "rejectCause");
        Objects.requireNonNull(comment, "comment");
    }
}
