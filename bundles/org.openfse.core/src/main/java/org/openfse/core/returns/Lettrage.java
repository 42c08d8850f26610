package org.openfse.core.returns;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reconciliation (lettrage) of payment lines with invoices, and the effect of rejects.
 *
 * <p>A payment line is matched to the practitioner's invoice of the same number; when several
 * carry it (numbers restart), the one of the same lot (number and date) and then of the same
 * AMO / AMC organisme wins. Matching sets the line's {@code invoice}. The invoice then moves,
 * through the billing service, to {@code PAID} (everything expected paid), {@code PARTLY_PAID}
 * (less), {@code ANOMALY} (more than expected, or more than claimed), or {@code REJECTED} (a part
 * rejected: the reject's code and wording go to the invoice's reject cause, and its
 * {@link RspMark} decides whether it may be défacturée). A notice (290 / 294 on a paid invoice)
 * is recorded and leaves the state alone. Lines of invoices that no longer expect money
 * (défacturée, recycled) stay unmatched for the user.
 */
@ProviderType
public interface Lettrage {

    /** Matches every line not matched yet, of every payment. */
    LettrageResult reconcileAll(String actor);

    /** Matches the lines of the payments announced by one return file, and applies its rejects. */
    LettrageResult reconcile(long returnFileId, String actor);

    /**
     * Manual lettrage: matches one payment line to an invoice chosen by the user, and moves the
     * invoice as the automatic lettrage would.
     *
     * @param paymentId the {@code Payment} id
     * @param lineId the {@code PaymentLine} id ({@link PaymentLineView#lineId()})
     * @param invoiceId the {@code Invoice} id
     * @throws IllegalArgumentException when one of them does not exist
     */
    void letter(long paymentId, long lineId, long invoiceId, String actor);

    /** Undoes a lettrage: the line is unmatched again; the invoice state is recomputed from its other lines. */
    void unletter(long paymentId, long lineId, String actor);

    /**
     * Marks the rejects of an invoice as handled another way (seed 002 "Traitement manuel"), or
     * sets what the RSP column says about them.
     */
    void markRejects(long invoiceId, RspMark mark, String actor);
}
