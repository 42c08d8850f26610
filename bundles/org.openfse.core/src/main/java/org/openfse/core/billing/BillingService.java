package org.openfse.core.billing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openfse.core.Money;
import org.openfse.core.store.Transaction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stored invoices and their lifecycle (DOMAIN.md "Invoice lifecycle"): drafts made from priced
 * invoices, "vérification du taux", the checks before securing, securing through the
 * {@link org.openfse.core.sesam.SesamEngine}, cancelling, défacturer / recycling list /
 * refacturer, DRE d'annulation and rectificative, and the moves made by lots and returns.
 *
 * <p><b>State machine.</b> Every state change goes through the table of {@link #nextStates}; a
 * move it does not allow throws {@link IllegalTransitionException} with a French message, and
 * nothing is written. Each change is one store transaction: the invoice update and its audit
 * record (written by the store, before/after as JSON) commit together, and the reason is recorded
 * in the same transaction (practice setting {@code billing.lastTransition}, whose changes are in the
 * audit trail). After the commit an event is posted ({@link BillingEvents}).
 *
 * <p><b>Numbers.</b> Each invoice gets, when it is created, the next 9-digit number of its
 * practitioner ({@code PractitionerSettings.nextInvoiceNumber}). The number is taken in a
 * transaction of its own that commits before the invoice is written, so a number is never handed
 * out twice: not after a rollback (it is lost, leaving a gap), not after a cancel, not after a
 * défacturation (the counterpart and the refacturation get new numbers).
 *
 * <p><b>Actors.</b> {@code actor} is who does it, recorded in the audit trail (the PS number, a
 * user name, {@code "system"} for automatic moves).
 *
 * <p><b>Typical sequence</b> (the {@code demo bill N} command does it N times; {@link #bill} does
 * the three steps):
 * <pre>{@code
 * PricedInvoice priced = tariff.price(request);
 * InvoiceSummary draft = billing.createDraft(ps, DraftRequest.fse(practitionerId, patientId, beneficiaryId, request, priced));
 * billing.markRatesChecked(ps, draft.id(), RatesCheck.vitale(SecureMode.SESAM_VITALE).withCoverage(request.coverage()));
 * InvoiceSummary secured = billing.secure(ps, draft.id(), SecureOptions.sesamVitale());   // state SECURED
 * }</pre>
 */
@ProviderType
public interface BillingService {

    /** The states an invoice may move to from {@code from}; empty for final states. */
    Set<InvoiceState> nextStates(InvoiceState from);

    /**
     * Checks that a move is allowed.
     *
     * @throws IllegalTransitionException when it is not (French message)
     */
    void requireTransition(InvoiceState from, InvoiceState to);

    /** Runs every registered {@link InvoiceCheck} that applies to the draft's specialty. */
    List<CheckResult> check(InvoiceDraft draft);

    // ---- 1.1: stored invoices ----------------------------------------------------------------

    /**
     * Creates a draft invoice (state {@link InvoiceState#DRAFT}) with the next number of the
     * practitioner.
     *
     * @throws BillingException NOT_FOUND when the practitioner, patient, beneficiary or prescription
     *         does not exist; INVALID when the beneficiary is not in that patient folder
     * @since 1.1
     */
    InvoiceSummary createDraft(String actor, DraftRequest request);

    /**
     * Replaces the lines, totals and coverage of a draft. A draft whose rates were checked goes back
     * to {@link InvoiceState#DRAFT} ("changing the invoice after it requires running it again",
     * seed 002). The number does not change.
     *
     * @throws IllegalTransitionException when the invoice is neither DRAFT nor RATES_CHECKED
     * @since 1.1
     */
    InvoiceSummary updateDraft(String actor, long invoiceId, DraftRequest request);

    /**
     * Records the "vérification du taux" answers and moves DRAFT → RATES_CHECKED (a RATES_CHECKED
     * invoice stays RATES_CHECKED with the new answers).
     *
     * @since 1.1
     */
    InvoiceSummary markRatesChecked(String actor, long invoiceId, RatesCheck answers);

    /**
     * The same with the full answers of the reference engine's "Vérification du taux" dialog
     * ({@link org.openfse.core.sesam.RateCheckService}): justifications, accident, ALD, victim,
     * Alsace-Moselle, nature, work accident, effective exemption code, tiers payant, mode, invoice
     * date, and the forçages (each stored with who and when; the forced birth century changes no
     * invoice value and is not stored here).
     *
     * @since 1.1
     */
    InvoiceSummary recordRateCheck(String actor, long invoiceId, org.openfse.core.sesam.RateCheck check);

    /**
     * Attaches a scanned document (SCOR) to an invoice: its file name, path, SHA-256 and date, state
     * COMPLIANT (the professional checked it, seed 002 "Etat de la conformité"). The file is not
     * copied.
     *
     * @throws BillingException INVALID when the file cannot be read
     * @since 1.1
     */
    InvoiceSummary attach(String actor, long invoiceId, DocumentKind kind, Path file);

    /**
     * The checks' view of a stored invoice (specialty, beneficiary, prescription date, lines, NIR,
     * documents, the "block when documents are missing" setting).
     *
     * @since 1.1
     */
    InvoiceDraft draftOf(long invoiceId);

    /**
     * Runs the checks on a stored invoice ({@code check(draftOf(invoiceId))}).
     *
     * @since 1.1
     */
    List<CheckResult> check(long invoiceId);

    /**
     * Secures a RATES_CHECKED invoice: runs the checks (a BLOCKING finding refuses), asks the SESAM
     * engine of the highest ranking to seal the invoice's canonical content in the requested mode,
     * and moves it to {@link InvoiceState#SECURED} with the mode and the time, in one transaction.
     * The seal is kept so that {@link #verifySeal} detects a later change.
     *
     * @throws IllegalTransitionException when the invoice is not RATES_CHECKED
     * @throws BillingException CHECKS_FAILED, SECURING_REFUSED (no CPS, no Vitale, dégradé without a
     *         paper FS attachment: {@link BillingException#securingReason()}), NO_ENGINE, CONFLICT
     * @since 1.1
     */
    InvoiceSummary secure(String actor, long invoiceId, SecureOptions options);

    /**
     * Désynchronisé, first step (CPE and Vitale card now, DOMAIN.md "Secure modes"): runs the checks,
     * asks the engine's {@link org.openfse.core.sesam.DesynchronisedSecuring} to fix the content with
     * the Vitale card present, and keeps it until {@link #completeDesynchronised}. The invoice stays
     * {@link InvoiceState#RATES_CHECKED} with mode DESYNCHRONISE and appears in
     * {@link #awaitingCps}. Changing it afterwards ({@link #updateDraft}) makes the completion fail.
     *
     * @throws BillingException CHECKS_FAILED, SECURING_REFUSED (VITALE_REQUIRED), NO_ENGINE (no
     *         two-step engine)
     * @since 1.1
     */
    InvoiceSummary beginDesynchronised(String actor, long invoiceId, boolean vitalePresent);

    /**
     * Désynchronisé, second step: seals the invoice prepared by {@link #beginDesynchronised} with the
     * practitioner's CPS and moves it to {@link InvoiceState#SECURED} (mode DESYNCHRONISE).
     *
     * @throws BillingException NOT_APPLICABLE when no first step is pending; SECURING_REFUSED
     *         (CPS_REQUIRED, PS_MISMATCH, CONTENT_CHANGED when the invoice was changed in between)
     * @since 1.1
     */
    InvoiceSummary completeDesynchronised(String actor, long invoiceId, boolean cpsAuthenticated);

    /**
     * The practitioner's invoices whose désynchronisé securing waits for the CPS, oldest first.
     *
     * @since 1.1
     */
    List<InvoiceSummary> awaitingCps(long practitionerId);

    /**
     * Whether a secured invoice is still what was sealed: its canonical content is computed again
     * and given to the engine that sealed it.
     *
     * @return false when the invoice was changed since, or its seal is lost
     * @throws BillingException NOT_APPLICABLE when it was never secured
     * @since 1.1
     */
    boolean verifySeal(long invoiceId);

    /**
     * Cancels an invoice not yet transmitted (DRAFT, RATES_CHECKED, SECURED → CANCELLED). Its
     * number is not reused.
     *
     * @since 1.1
     */
    InvoiceSummary cancel(String actor, long invoiceId, String reason);

    /**
     * Défacturer (seed 000): allowed for an FSE not yet transmitted (SECURED), after a negative
     * ARL, or rejected with "-" (REJECTED; an invoice in "traitement caisse/manuel" or "?" stays
     * in the caisse's hands and is not REJECTED). The invoice becomes
     * {@link InvoiceState#DEFACTURED} with the reject cause and comment, a negative counterpart is
     * created (new number, amounts negated, {@code counterpartOf} the invoice, state DEFACTURED),
     * the patient's payments of this invoice move to the patient's acomptes, and the folder
     * appears in {@link #recyclingList}.
     *
     * @param rejectCause the reject cause (required, e.g. the RSP code and label)
     * @param comment the corrections to make (may be empty)
     * @since 1.1
     */
    Defacturation defacture(String actor, long invoiceId, String rejectCause, String comment);

    /**
     * The recycling list: the practitioner's défacturées invoices not yet billed again (counterparts
     * excluded), oldest care first.
     *
     * @since 1.1
     */
    List<RecyclingEntry> recyclingList(long practitionerId);

    /**
     * Refacturer (seed 000): creates a new draft with a new number from a défacturée invoice (its
     * lines and coverage, or the corrected request), links both ({@code recycledFrom} /
     * {@code recycledAs}) and moves the old one to {@link InvoiceState#RECYCLED} ("Recyclée"), in
     * one transaction. The new draft is then rate-checked and secured as usual.
     *
     * @param corrected the corrected invoice, or empty to bill the same lines again
     * @since 1.1
     */
    InvoiceSummary refacture(String actor, long invoiceId, Optional<DraftRequest> corrected);

    /**
     * DRE d'annulation: a new invoice of kind {@link InvoiceKind#DRE_CANCELLATION} (new number, the
     * same lines, {@code counterpartOf} the DRE, state RATES_CHECKED) to secure and send. The DRE
     * must have been sent (SENT or a later state other than CANCELLED, DEFACTURED, RECYCLED).
     *
     * @since 1.1
     */
    InvoiceSummary cancelDre(String actor, long dreId, String reason);

    /**
     * DRE rectificative: a new invoice of kind {@link InvoiceKind#DRE_CORRECTION} with the corrected
     * lines (new number, {@code counterpartOf} the DRE, state DRAFT). Same conditions as
     * {@link #cancelDre}.
     *
     * @since 1.1
     */
    InvoiceSummary rectifyDre(String actor, long dreId, DraftRequest corrected);

    /**
     * Moves an invoice to another state through the state machine, in its own transaction, and posts
     * the event: for lots (IN_LOT, SENT, back to SECURED), ARL (ARL_POSITIVE, ARL_NEGATIVE,
     * NO_ARL_EXPECTED) and returns (PAID, PARTLY_PAID, REJECTED, ANOMALY).
     *
     * @throws IllegalTransitionException when the move is not allowed (French message); nothing changes
     * @since 1.1
     */
    InvoiceSummary moveTo(String actor, long invoiceId, InvoiceState to, String reason);

    /**
     * The same inside the caller's transaction (a lot and its invoices written together). The
     * caller commits; no event is posted (the caller posts its own, e.g. LOT_STATE_CHANGED). The
     * invoice object of that transaction is updated, so changes the caller made to it (its lot) are
     * written too.
     *
     * @since 1.1
     */
    InvoiceSummary moveTo(Transaction tx, long invoiceId, InvoiceState to, String reason);

    /**
     * The summary of a stored invoice.
     *
     * @throws BillingException NOT_FOUND
     * @since 1.1
     */
    InvoiceSummary summary(long invoiceId);

    /**
     * The invoices of a practitioner with this number (one, or none; two only in data imported
     * from elsewhere).
     *
     * @since 1.1
     */
    List<InvoiceSummary> findByNumber(long practitionerId, org.openfse.core.InvoiceNumber number);

    /**
     * The acomptes of a patient folder: patient payments moved off défacturées invoices, to use for
     * the refacturation.
     *
     * @since 1.1
     */
    Money deposit(long patientId);

    /**
     * Creates, rate-checks and secures one invoice: {@link #createDraft},
     * {@link #markRatesChecked} (with {@code answers}) and {@link #secure}, each in its own
     * transaction. When securing is refused, the draft stays (RATES_CHECKED) and the exception is
     * thrown.
     *
     * @since 1.1
     */
    InvoiceSummary bill(String actor, DraftRequest request, RatesCheck answers, SecureOptions options);
}
