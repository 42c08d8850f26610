package org.openfse.core.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.ActLine;

/**
 * An invoice before it is secured, as checks see it. The billing service builds it from a stored
 * invoice ({@link BillingService#check(long)}); a screen may build one for an invoice not yet
 * saved (the {@code 1.0} constructor: no store ids, no documents).
 *
 * @param specialty specialty of the professional who bills ({@code optician}, {@code nurse},
 *        {@code doctor}: the practitioner's {@code profession})
 * @param psNumber professional's billing number
 * @param beneficiary the patient
 * @param careDate day of care
 * @param prescriptionDate date of the prescription, when the acts need one
 * @param lines lines entered
 * @param invoiceId store id of the invoice checked, empty when not saved (a duplicate check leaves
 *        it out of the comparison)
 * @param beneficiaryId store id of the beneficiary, empty when not saved
 * @param nirAsEntered the NIR of the beneficiary (or of the insured person when the beneficiary has
 *        none) as stored, 13 characters and the 2-digit key ({@code "255069999999934"}), so that
 *        a wrong key can be reported; empty when unknown
 * @param mode the mode de sécurisation requested, when known
 * @param documents the documents attached to the invoice (SCOR), with their state
 * @param blockWhenDocumentsMissing whether a missing document blocks securing (setting of the
 *        concentrator, {@code Concentrator.blockFseWhenDocumentsMissing}, or the practice setting
 *        {@code billing.blockFseWhenDocumentsMissing}); otherwise it is a warning
 * @since 1.1 for the components after {@code lines}
 */
public record InvoiceDraft(String specialty, String psNumber, Beneficiary beneficiary, LocalDate careDate,
        Optional<LocalDate> prescriptionDate, List<ActLine> lines, OptionalLong invoiceId, OptionalLong beneficiaryId,
        Optional<String> nirAsEntered, Optional<SecureMode> mode, List<Document> documents,
        boolean blockWhenDocumentsMissing) {

    public InvoiceDraft {
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(careDate, "careDate");
        Objects.requireNonNull(prescriptionDate, "prescriptionDate");
        lines = List.copyOf(lines);
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(beneficiaryId, "beneficiaryId");
        Objects.requireNonNull(nirAsEntered, "nirAsEntered");
        Objects.requireNonNull(mode, "mode");
        documents = List.copyOf(documents);
    }

    /** A draft not saved in the store (API 1.0 form). */
    public InvoiceDraft(String specialty, String psNumber, Beneficiary beneficiary, LocalDate careDate,
            Optional<LocalDate> prescriptionDate, List<ActLine> lines) {
        this(specialty, psNumber, beneficiary, careDate, prescriptionDate, lines, OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), List.of(), false);
    }

    /**
     * A document attached to the invoice.
     *
     * @param kind what it is
     * @param state its SCOR state ({@link AttachmentState#MISSING} when expected but not scanned)
     */
    public record Document(DocumentKind kind, AttachmentState state) {
        public Document {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(state, "state");
        }
    }
}
