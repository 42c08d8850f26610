package org.openfse.core.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Read-only views of returns and money for the follow-up screens (seed 002, tabs VII to X). */
@ProviderType
public interface ReturnQueries {

    /** "Suivi facturations": invoices sent (in a lot or further), newest first. */
    List<InvoiceFollowUp> invoiceFollowUp(FollowUpFilter filter);

    /** "x dossiers dont y sécurisés soit z %" of a list. */
    FollowUpSummary summary(List<InvoiceFollowUp> rows);

    /** "Suivi virements": transfers whose date lies between two days, newest first. */
    List<TransferView> transfers(LocalDate from, LocalDate to);

    /** "Détail du virement". */
    Optional<TransferDetail> transfer(long paymentId);

    /** "Op. ponctuelles > Paiements". */
    List<OneOffView> oneOffPayments(LocalDate from, LocalDate to);

    /** "Op. ponctuelles > Retenues": withholdings and other financial movements. */
    List<MovementView> retenues(LocalDate from, LocalDate to);

    /** Rejects and notices of one invoice. */
    List<RejectView> rejects(long invoiceId);
}
