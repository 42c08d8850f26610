package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.DocumentKind;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.billing.InvoiceDraft.Document;
import org.openfse.core.sesam.SecureMode;

/** Seed 002: "Ordonnance MANQUANT" in the PJ list; in dégradé the paper FS goes to the SCOR documents. */
class DocumentsCheckTest {

    private static final LocalDate CARE = LocalDate.of(2024, 5, 28);
    private static final LocalDate PRESCRIBED = LocalDate.of(2024, 5, 26);

    private final DocumentsCheck check = new DocumentsCheck();

    private static InvoiceDraft draft(Optional<LocalDate> prescription, SecureMode mode, List<Document> documents, boolean block) {
        return StoredDrafts.of("optician", "19550615", CARE, prescription, StoredDrafts.SEED_NIR, Optional.of(mode), documents,
                block, "VU3", "VU3", "M03");
    }

    @Test
    void aMissingPrescriptionScanBlocksWhenTheSettingSaysSo() {
        List<CheckResult> results = check.check(draft(Optional.of(PRESCRIBED), SecureMode.SESAM_VITALE, List.of(), true));

        assertEquals(1, results.size());
        assertEquals(Severity.BLOCKING, results.get(0).severity());
        assertEquals("Documents manquants : ordonnance. Le paramétrage bloque la sécurisation tant qu'ils ne sont pas"
                + " numérisés (SCOR).", results.get(0).message());
    }

    @Test
    void otherwiseItIsAWarning() {
        List<CheckResult> results = check.check(draft(Optional.of(PRESCRIBED), SecureMode.SESAM_VITALE, List.of(), false));

        assertEquals(Severity.WARNING, results.get(0).severity());
        assertEquals("Documents manquants : ordonnance. Numérisez-les (SCOR) avant la mise en lot.", results.get(0).message());
    }

    @Test
    void degradeNeedsThePaperFsToo() {
        List<CheckResult> results = check.check(draft(Optional.of(PRESCRIBED), SecureMode.DEGRADE, List.of(), true));

        assertEquals(List.of("ordonnance, feuille de soins papier"), results.get(0).arguments());
    }

    @Test
    void compliantDocumentsPass() {
        List<Document> documents = List.of(new Document(DocumentKind.PRESCRIPTION, AttachmentState.COMPLIANT),
                new Document(DocumentKind.PAPER_FS, AttachmentState.SAVED));

        assertEquals(List.of(), check.check(draft(Optional.of(PRESCRIBED), SecureMode.DEGRADE, documents, true)));
    }

    @Test
    void aNonCompliantScanDoesNotCount() {
        List<Document> documents = List.of(new Document(DocumentKind.PRESCRIPTION, AttachmentState.NON_COMPLIANT));

        assertEquals(1, check.check(draft(Optional.of(PRESCRIBED), SecureMode.SESAM_VITALE, documents, true)).size());
    }

    @Test
    void aDocumentMarkedMissingIsNeeded() {
        List<Document> documents = List.of(new Document(DocumentKind.PAPER_FS, AttachmentState.MISSING));

        assertEquals(List.of("feuille de soins papier"),
                check.check(draft(Optional.empty(), SecureMode.SESAM_VITALE, documents, true)).get(0).arguments());
    }

    @Test
    void noPrescriptionNoDegradeNothingNeeded() {
        assertEquals(List.of(), check.check(draft(Optional.empty(), SecureMode.SESAM_VITALE, List.of(), true)));
    }

    @Test
    void anUnsavedDraftIsNotChecked() {
        assertEquals(List.of(), check.check(Drafts.optician()));
    }
}
