package org.openfse.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.DocumentKind;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Transaction;
import org.openfse.core.tariff.ActLine;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Attachment;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;

/** The checks' view ({@link InvoiceDraft}) of a stored invoice, read in one transaction. */
final class DraftViews {

    /** Practice setting: "true" blocks securing while documents are missing, for every practitioner. */
    static final String BLOCK_SETTING = "billing.blockFseWhenDocumentsMissing";

    private DraftViews() {
    }

    static InvoiceDraft of(Transaction tx, Invoice invoice, Optional<SecureMode> requested) {
        Practitioner practitioner = tx.resolve(invoice.getPractitioner());
        Beneficiary beneficiary = tx.resolve(invoice.getBeneficiary());
        AmoCoverage amo = invoice.getAmoCoverage() == null ? null : tx.resolve(invoice.getAmoCoverage());
        Optional<LocalDate> prescribed = invoice.getPrescription() == null ? Optional.empty()
                : Optional.ofNullable(tx.resolve(invoice.getPrescription()).getDate());
        List<ActLine> lines = new ArrayList<>();
        for (InvoiceLine line : invoice.getLines()) {
            BigDecimal coefficient = line.getCoefficient() == null || line.getCoefficient().signum() <= 0 ? BigDecimal.ONE
                    : line.getCoefficient();
            lines.add(new ActLine(line.getActCode() == null ? "" : line.getActCode(), Optional.ofNullable(line.getLppCode()),
                    Math.max(1, line.getQuantity()), Optional.ofNullable(line.getUnitPrice()), coefficient));
        }
        List<InvoiceDraft.Document> documents = new ArrayList<>();
        for (Attachment attachment : invoice.getAttachments()) {
            DocumentKind kind = attachment.getKind() == null ? DocumentKind.OTHER : DocumentKind.valueOf(attachment.getKind().name());
            documents.add(new InvoiceDraft.Document(kind,
                    attachment.getState() == null ? AttachmentState.MISSING : attachment.getState()));
        }
        Optional<SecureMode> mode = requested.isPresent() ? requested : Optional.ofNullable(invoice.getSecureMode());
        String specialty = practitioner.getProfession() == null ? "" : practitioner.getProfession();
        return new InvoiceDraft(specialty, nullToEmpty(practitioner.getPsNumber()), cardView(beneficiary, amo),
                invoice.getCareDate(), prescribed, lines, OptionalLong.of(invoice.getId()), OptionalLong.of(beneficiary.getId()),
                nirAsEntered(beneficiary), mode, documents, blocks(tx, practitioner));
    }

    /** The beneficiary as the rights service reads it (card form), with the rights of its AMO coverage. */
    static org.openfse.core.card.Beneficiary cardView(Beneficiary b, AmoCoverage amo) {
        Optional<Nir> nir = Optional.empty();
        if (b.getNir() != null && b.getNirKey() != null) {
            try {
                nir = Optional.of(Nir.parse(b.getNir() + b.getNirKey()));
            } catch (IllegalArgumentException e) {
                nir = Optional.empty();
            }
        }
        List<Period> rights = amo == null ? List.of() : List.copyOf(amo.getRightsPeriods());
        return new org.openfse.core.card.Beneficiary(nullToEmpty(b.getLastName()), nullToEmpty(b.getFirstName()), nir,
                nullToEmpty(b.getBirthDate()), b.getBirthRank(), nullToEmpty(b.getQuality()),
                amo == null ? "" : nullToEmpty(amo.getRegime()), amo == null ? "" : nullToEmpty(amo.getCaisse()),
                amo == null ? "" : nullToEmpty(amo.getCentre()), rights);
    }

    /** The beneficiary's NIR with its key, or the insured person's. */
    static Optional<String> nirAsEntered(Beneficiary b) {
        if (b.getNir() != null && !b.getNir().isBlank()) {
            return Optional.of(b.getNir() + nullToEmpty(b.getNirKey()));
        }
        if (b.eContainer() instanceof Patient patient) {
            Insured insured = patient.getInsured();
            if (insured != null && insured.getNir() != null && !insured.getNir().isBlank()) {
                return Optional.of(insured.getNir() + nullToEmpty(insured.getNirKey()));
            }
        }
        return Optional.empty();
    }

    private static boolean blocks(Transaction tx, Practitioner practitioner) {
        if (tx.setting(BLOCK_SETTING).map(Boolean::parseBoolean).orElse(false)) {
            return true;
        }
        if (practitioner.getSettings() == null || practitioner.getSettings().getConcentrator() == null) {
            return false;
        }
        Concentrator concentrator = tx.resolve(practitioner.getSettings().getConcentrator());
        return concentrator.isBlockFseWhenDocumentsMissing();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
