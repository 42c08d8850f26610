package org.openfse.billing.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.DocumentKind;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.sesam.SecureMode;
import org.osgi.service.component.annotations.Component;

/**
 * Documents an invoice needs (seed 002, SCOR): the scan of the prescription when the acts follow a
 * prescription ("Ordonnance MANQUANT" in the PJ list), and the paper FS when it is secured in
 * dégradé mode ("En dégradé, il sera nécessaire d'ajouter la feuille de soins aux documents SCOR").
 * A document counts when it is attached in a state other than missing, non compliant or to rebuild.
 * Whether a missing document blocks is a setting (DOMAIN.md "Lots and transmission": the
 * concentrator's "block an FSE while documents are missing", or the practice setting
 * {@code billing.blockFseWhenDocumentsMissing}); otherwise it is a warning. Drafts not saved in the
 * store carry no documents and are not checked.
 */
@Component(service = InvoiceCheck.class)
public final class DocumentsCheck implements InvoiceCheck {

    static final String ID = "documents";

    private static final Set<AttachmentState> NOT_PROVIDED = EnumSet.of(AttachmentState.MISSING,
            AttachmentState.NON_COMPLIANT, AttachmentState.TO_REBUILD);

    private final Messages messages = Messages.load();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String specialty() {
        return ALL;
    }

    @Override
    public List<CheckResult> check(InvoiceDraft draft) {
        if (draft.invoiceId().isEmpty()) {
            // an invoice not saved has no documents yet: they are checked once it is stored
            return List.of();
        }
        Set<DocumentKind> needed = new LinkedHashSet<>();
        if (draft.prescriptionDate().isPresent()) {
            needed.add(DocumentKind.PRESCRIPTION);
        }
        if (draft.mode().orElse(null) == SecureMode.DEGRADE) {
            needed.add(DocumentKind.PAPER_FS);
        }
        for (InvoiceDraft.Document document : draft.documents()) {
            if (document.state() == AttachmentState.MISSING && document.kind() != DocumentKind.OTHER) {
                needed.add(document.kind());
            }
        }
        List<String> missing = new ArrayList<>();
        for (DocumentKind kind : needed) {
            boolean provided = draft.documents().stream()
                    .anyMatch(d -> d.kind() == kind && !NOT_PROVIDED.contains(d.state()));
            if (!provided) {
                missing.add(messages.format("document." + kind.name()));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        String list = String.join(", ", missing);
        String key = draft.blockWhenDocumentsMissing() ? "documents.missing" : "documents.missing.warning";
        Severity severity = draft.blockWhenDocumentsMissing() ? Severity.BLOCKING : Severity.WARNING;
        return List.of(new CheckResult(ID, severity, key, List.of(list), messages.format(key, list)));
    }
}
