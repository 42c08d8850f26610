package org.openfse.core.lot;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Lots of secured invoices, on the data of the store (DOMAIN.md "Lots and transmission", seeds 002
 * and 003): mettre en lot, mettre en fichier, the moves of the lot state machine while sending and
 * receiving, the resend rules, deadline warnings, queries and the bordereau.
 *
 * <h2>Steps</h2>
 * <ol>
 * <li>{@link #makeLots} (mettre en lot): secured invoices not yet in a lot are grouped by
 * practitioner, destination organisme ({@code "01 349"}: grand régime and caisse of the invoice's
 * AMO coverage), {@link LotFlow} and secure mode; each group gets the next 3-digit number of the
 * practitioner ({@link LotNumbers}: 001 to 999, then 001 again); lot state {@code IN_LOT}, invoice
 * state {@code IN_LOT}.</li>
 * <li>{@link #makeFile} (mettre en fichier): writes the lot's B2 file in
 * {@code <data folder>/lots/<PS>/}, records a TransmissionFile (name, path, size, SHA-256);
 * {@code FILE_CREATED}.</li>
 * <li>Sending (the transport side): {@link #filesToSend()}, then for each file
 * {@link #beginSend} <em>before</em> handing the bytes to the transport and {@link #markSent}
 * after it accepted them.</li>
 * <li>Receiving: {@link #recordAck} for an ARL, {@link #markDelivered} / {@link #markNotDelivered}
 * for an avis, {@link #markRsp} when NOEMIE returns name the lot.</li>
 * <li>{@link #checkAckDelays}: lots without ARL after the configured delay.</li>
 * </ol>
 *
 * <h2>Never sent twice without "Réexpédié"</h2>
 * {@link #beginSend} records the attempt (attempts + 1) in the store before anything leaves. A lot
 * whose attempt counter is already above zero may have reached the payer (a crash between the
 * transport's acceptance and {@link #markSent}): its next {@link PendingFile} says
 * {@code resend = true}, and {@link #markSent} of any attempt after the first moves the lot to
 * {@link LotState#RESENT}, never to {@link LotState#SENT}. Calls are idempotent: repeating
 * {@code beginSend} / {@code markSent} with the same attempt number, or {@code recordAck} with
 * the same file name, changes nothing.
 *
 * <h2>State moves</h2>
 * Every move is checked against {@link #nextStates} (throws
 * {@link org.openfse.core.billing.IllegalTransitionException}), stored in one transaction with the
 * invoices' own states, written to the store's audit trail (actor = the {@code actor} argument) and
 * posted as {@link org.openfse.core.events.Topics#LOT_STATE_CHANGED} after commit.
 *
 * <h2>Resend rules</h2>
 * <ul>
 * <li>negative ARL: {@link LotState#ARL_NEGATIVE}; the lot is listed again by
 * {@link #filesToSend()} while its attempts are below {@code maxAttempts} (configuration), and
 * sent as {@code RESENT}; {@link #markRejected} ends it;</li>
 * <li>no ARL {@code ackDelayHours} (configuration) after sending, for a lot whose secure mode expects
 * an ARL ({@link org.openfse.core.sesam.SecureMode#expectsArl()}): {@link #checkAckDelays} moves it to
 * {@link LotState#NO_ARL_RESEND} (configuration {@code noAckAction = RESEND} and attempts below
 * {@code maxAttempts}: listed again by {@link #filesToSend()}) or {@link LotState#NO_ARL_MANUAL} (the
 * user decides: {@link #requestResend} or {@link #recordAck});</li>
 * <li>transport failure: {@link #markSendFailed} ({@link LotState#ERROR}), listed again.</li>
 * </ul>
 *
 * <p>Configuration PID {@code org.openfse.lots}: {@code ackDelayHours} (48), {@code noAckAction}
 * ({@code RESEND} or {@code MANUAL}), {@code maxAttempts} (3), {@code warningMarginDays} (1).
 *
 * <p>Every method throws {@link LotException} (French message) for an unknown lot or practitioner.
 */
@ProviderType
public interface LotService {

    /** The states a lot may move to from {@code from}. */
    Set<LotState> nextStates(LotState from);

    /**
     * @throws org.openfse.core.billing.IllegalTransitionException when the move is not allowed
     */
    void requireTransition(LotState from, LotState to);

    // ---------------------------------------------------------------- mettre en lot / en fichier

    /**
     * Mettre en lot: puts every secured invoice of the practitioner that is in no lot yet into new
     * lots (one per destination organisme, flow and secure mode), numbered in order of destination.
     *
     * @param actor who does it (audit trail)
     * @param psNumber the practitioner
     * @return the new lots, empty when there was nothing to put in a lot
     */
    List<LotSummary> makeLots(String actor, String psNumber);

    /**
     * Mettre en lot of the selected invoices only (the Télétransmissions list). Invoices that are
     * not {@code SECURED} or already in a lot are refused.
     *
     * @throws LotException naming the first invoice that cannot go in a lot; nothing is changed
     */
    List<LotSummary> makeLots(String actor, Collection<Long> invoiceIds);

    /**
     * Mettre en fichier: writes the B2 file of a lot in state {@code IN_LOT} and records it.
     * Calling it again for a lot that already has its file returns that file.
     */
    LotFile makeFile(String actor, long lotId);

    /** Mettre en fichier for every lot of the practitioner in state {@code IN_LOT}. */
    List<LotFile> makeFiles(String actor, String psNumber);

    // ---------------------------------------------------------------- sending

    /**
     * The files to send now, oldest lot first: lots in {@code FILE_CREATED}, and lots in
     * {@code ARL_NEGATIVE}, {@code NO_ARL_RESEND}, {@code NOT_DELIVERED}, {@code ERROR} whose
     * attempts are below {@code maxAttempts}, and lots the user asked to resend
     * ({@link #requestResend}).
     */
    List<PendingFile> filesToSend();

    /**
     * Records the start of sending attempt {@code attempt} ({@link PendingFile#attempt()}) before
     * the file is given to the transport. Idempotent for the same attempt.
     *
     * @throws LotException when {@code attempt} is not the lot's attempts + 1 (or the current
     *         attempt, for a repeated call) or the lot is not waiting to be sent
     */
    void beginSend(String actor, long lotId, String transport, int attempt);

    /**
     * The transport accepted attempt {@code attempt}: the lot moves to {@code SENT} (attempt 1) or
     * {@code RESENT} (later attempts), its invoices to {@code SENT} (or {@code NO_ARL_EXPECTED} for a
     * dégradé lot). Idempotent: a second call for the same attempt changes nothing.
     */
    void markSent(String actor, long lotId, String transport, int attempt);

    /** The transport refused attempt {@code attempt}: {@code ERROR} with the message. */
    void markSendFailed(String actor, long lotId, int attempt, String message);

    // ---------------------------------------------------------------- receiving

    /**
     * Records an ARL for a lot: {@code ARL_POSITIVE} or {@code ARL_NEGATIVE}, the invoices follow.
     * An ARL already recorded (same {@code fileName}) is ignored.
     *
     * @param positive ARL positif
     * @param code the payer's code, {@code ""} when none
     * @param message its text
     * @param fileName the file the ARL came in
     * @return whether it was recorded now ({@code false} for a repeat)
     */
    boolean recordAck(String actor, long lotId, boolean positive, String code, String message, String fileName,
            Instant receivedAt);

    /** "Lot acheminé": the transport says the lot reached the payer's front-end. */
    void markDelivered(String actor, long lotId, String message);

    /** "Avis de non remise": the transport says the lot could not be delivered. */
    void markNotDelivered(String actor, long lotId, String message);

    /** "AR provisoire". */
    void markProvisionalAck(String actor, long lotId, String message);

    /** "RSP": NOEMIE returns were received for the lot (noemie helper). */
    void markRsp(String actor, long lotId);

    /** "Lot acquitté": every invoice of the lot was settled. */
    void markAcquitted(String actor, long lotId);

    /** "Lot rejeté" (after a negative ARL the user gives up, or the payer rejects the lot). */
    void markRejected(String actor, long lotId, String code, String message);

    /**
     * The user asks to send the lot again (from {@code NO_ARL_MANUAL}, {@code NO_ARL_RESEND},
     * {@code ARL_NEGATIVE}, {@code NOT_DELIVERED}, {@code ERROR}): listed by
     * {@link #filesToSend()} whatever its attempts, sent as {@code RESENT}.
     */
    void requestResend(String actor, long lotId);

    /**
     * Moves lots without ARL after {@code ackDelayHours} to {@code NO_ARL_RESEND} or
     * {@code NO_ARL_MANUAL}.
     *
     * @return the lots moved
     */
    List<LotSummary> checkAckDelays(String actor, Instant now);

    /** The practitioner's most recent lot with this number (an ARL names the lot by PS and number). */
    Optional<LotSummary> findLot(String psNumber, int lotNumber);

    // ---------------------------------------------------------------- queries

    /** Lots matching the query, newest first. */
    List<LotSummary> lots(LotQuery query);

    /** One lot with its invoices, files and acknowledgements. */
    LotDetail lot(long lotId);

    /**
     * Transmission deadlines (article R161-47 I 1° of the Code de la sécurité sociale: FSE are
     * transmitted within <b>three working days</b> when the insured paid directly, <b>eight working
     * days</b> with dispense d'avance des frais, counted from the care day; working days:
     * {@link WorkingDays}). Lists the practitioner's secured invoices not yet sent whose deadline is
     * within {@code warningMarginDays} working days of {@code today} or passed.
     *
     * @param psNumber the practitioner, {@code null} for all
     */
    List<DeadlineWarning> deadlineWarnings(String psNumber, LocalDate today);

    // ---------------------------------------------------------------- bordereau

    /**
     * Writes the bordereau of the lots as a PDF: per lot its number, destination, state and
     * invoices (number, patient, care day, amounts), lot totals and grand totals.
     */
    void writeBordereau(Collection<Long> lotIds, BordereauKind kind, OutputStream out);

    /**
     * Writes the bordereau to {@code <data folder>/bordereaux/} and returns the file.
     */
    Path writeBordereau(Collection<Long> lotIds, BordereauKind kind);
}
