package org.openfse.transmission.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.lot.LotNumbers;
import org.openfse.core.lot.LotState;
import org.openfse.core.sesam.SecureMode;
import org.openfse.model.api.Ack;
import org.openfse.model.api.AckStatus;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.api.TransmissionFile;

/**
 * The moves of a lot while it is sent and acknowledged, with their idempotence rules (see the
 * javadoc of {@link org.openfse.core.lot.LotService}).
 *
 * <p>Two practice settings stand in for fields the model does not have yet:
 * {@code lots.resend.<lot id>} (the user asked to resend: the lot is listed whatever its attempts)
 * and {@code lots.error.<lot id>} (the last transport error, shown in the lot's "libellé").
 */
final class LotMoves {

    /** States from which a lot is (re)sent. */
    static final Set<LotState> SENDABLE = EnumSet.of(LotState.FILE_CREATED, LotState.ARL_NEGATIVE, LotState.NO_ARL_RESEND,
            LotState.NO_ARL_MANUAL, LotState.NOT_DELIVERED, LotState.ERROR);

    /** States in which an ARL is awaited. */
    static final Set<LotState> AWAITING_ACK = EnumSet.of(LotState.SENT, LotState.RESENT, LotState.DELIVERED,
            LotState.PROVISIONAL_ACK);

    private static final Logger LOG = Logger.getLogger(LotMoves.class.getName());

    private final StoredLots lots;
    private final InvoiceStates invoiceStates;
    private final Instant now;

    LotMoves(StoredLots lots, InvoiceStates invoiceStates, Instant now) {
        this.lots = lots;
        this.invoiceStates = invoiceStates;
        this.now = now;
    }

    static String resendKey(long lotId) {
        return "lots.resend." + lotId;
    }

    static String errorKey(long lotId) {
        return "lots.error." + lotId;
    }

    /** Whether {@link org.openfse.core.lot.LotService#filesToSend()} lists the lot. */
    boolean toSend(Lot lot, long lotId, int maxAttempts) {
        LotState state = lot.getState();
        if (!SENDABLE.contains(state) || lot.getFiles().isEmpty()) {
            return false;
        }
        if (lots.tx().setting(resendKey(lotId)).isPresent()) {
            return true;
        }
        return switch (state) {
            case FILE_CREATED, ERROR -> true;
            case ARL_NEGATIVE, NO_ARL_RESEND, NOT_DELIVERED -> lot.getAttempts() < maxAttempts;
            default -> false;
        };
    }

    void beginSend(long lotId, String transport, int attempt) {
        Lot lot = lots.lot(lotId);
        if (attempt >= 1 && attempt == lot.getAttempts() && SENDABLE.contains(lot.getState()) && lot.getSentAt() == null) {
            return; // repeated call for the attempt already begun
        }
        if (attempt != lot.getAttempts() + 1 || !SENDABLE.contains(lot.getState())) {
            throw Texts.error("send.badAttempt", LotNumbers.format(lot.getNumber()), attempt, lot.getAttempts(),
                    lot.getState());
        }
        lot.setAttempts(attempt);
        lot.setSentAt(null); // set again by markSent: tells a begun attempt from a recorded one
        if (!lot.getFiles().isEmpty()) {
            lot.getFiles().get(lot.getFiles().size() - 1).setTransport(transport);
        }
        lots.update(lot);
    }

    void markSent(long lotId, String transport, int attempt) {
        Lot lot = lots.lot(lotId);
        if (attempt < lot.getAttempts() || (attempt == lot.getAttempts() && lot.getSentAt() != null)) {
            LOG.info(() -> "lot " + lot.getNumber() + ": attempt " + attempt + " already recorded, nothing to do");
            return;
        }
        if (attempt > lot.getAttempts()) {
            throw Texts.error("send.notBegun", LotNumbers.format(lot.getNumber()), attempt);
        }
        sent(lotId, lot, transport, attempt);
        lots.update(lot);
    }

    private void sent(long lotId, Lot lot, String transport, int attempt) {
        lots.move(lot, attempt == 1 ? LotState.SENT : LotState.RESENT);
        lot.setSentAt(now);
        if (!lot.getFiles().isEmpty()) {
            TransmissionFile file = lot.getFiles().get(lot.getFiles().size() - 1);
            file.setSentAt(now);
            file.setTransport(transport);
        }
        lots.tx().putSetting(resendKey(lotId), null);
        lots.tx().putSetting(errorKey(lotId), null);
        boolean expectsArl = lot.getSecureMode() == null || lot.getSecureMode().expectsArl();
        for (Invoice invoice : lots.invoicesOf(lot)) {
            invoiceStates.move(lots.tx(), invoice, InvoiceState.SENT, reason(lot));
            if (!expectsArl) {
                invoiceStates.move(lots.tx(), invoice, InvoiceState.NO_ARL_EXPECTED, reason(lot));
            }
        }
    }

    void markSendFailed(long lotId, int attempt, String message) {
        Lot lot = lots.lot(lotId);
        if (attempt != lot.getAttempts() || !SENDABLE.contains(lot.getState())) {
            LOG.info(() -> "lot " + lot.getNumber() + ": failure of attempt " + attempt + " ignored (attempts "
                    + lot.getAttempts() + ", " + lot.getState() + ")");
            return;
        }
        // nothing left: the attempt does not count as one that may have reached the payer
        lot.setAttempts(attempt - 1);
        lots.move(lot, LotState.ERROR);
        lots.tx().putSetting(errorKey(lotId), message == null ? "" : message);
        lots.update(lot);
    }

    boolean recordAck(long lotId, boolean positive, String code, String message, String fileName, Instant receivedAt) {
        Lot lot = lots.lot(lotId);
        if (fileName != null && !fileName.isEmpty()) {
            for (Ack ack : lot.getAcks()) {
                if (fileName.equals(ack.getFileName())) {
                    return false;
                }
            }
        }
        if ((lot.getState() == LotState.FILE_CREATED || lot.getState() == LotState.ERROR) && lot.getAttempts() > 0) {
            // an ARL proves that the attempt begun before a crash did reach the payer
            sent(lotId, lot, lot.getFiles().isEmpty() ? "" : lot.getFiles().get(lot.getFiles().size() - 1).getTransport(),
                    lot.getAttempts());
        }
        addAck(lot, positive, code, message, fileName, receivedAt);
        LotState to = positive ? LotState.ARL_POSITIVE : LotState.ARL_NEGATIVE;
        if (lotsAllow(lot, to)) {
            lots.move(lot, to);
            InvoiceState invoiceTo = positive ? InvoiceState.ARL_POSITIVE : InvoiceState.ARL_NEGATIVE;
            for (Invoice invoice : lots.invoicesOf(lot)) {
                invoiceStates.move(lots.tx(), invoice, invoiceTo, reason(lot));
            }
        } else {
            LOG.warning(() -> "lot " + lot.getNumber() + ": ARL " + (positive ? "positive" : "negative") + " " + fileName
                    + " recorded, but the lot stays " + lot.getState());
        }
        lots.update(lot);
        return true;
    }

    /** A move for an avis or a user action; a repeat (already in {@code to}) changes nothing. */
    void simpleMove(long lotId, LotState to, Boolean ackPositive, String code, String message) {
        Lot lot = lots.lot(lotId);
        if (lot.getState() == to) {
            return;
        }
        lots.move(lot, to);
        if (ackPositive != null) {
            addAck(lot, ackPositive, code, message, "", now);
        }
        lots.update(lot);
    }

    void requestResend(long lotId) {
        Lot lot = lots.lot(lotId);
        if (!SENDABLE.contains(lot.getState()) || lot.getState() == LotState.FILE_CREATED) {
            throw Texts.error("resend.notAllowed", LotNumbers.format(lot.getNumber()), lot.getState());
        }
        if (lot.getState() == LotState.NO_ARL_MANUAL) {
            lots.move(lot, LotState.NO_ARL_RESEND);
            lots.update(lot);
        }
        lots.tx().putSetting(resendKey(lotId), now.toString());
    }

    List<Lot> checkAckDelays(Duration delay, boolean resend, int maxAttempts) {
        List<Lot> moved = new ArrayList<>();
        for (LotState state : AWAITING_ACK) {
            for (Lot lot : lots.tx().repository(Lot.class).findBy("state", state)) {
                SecureMode mode = lot.getSecureMode();
                if (mode != null && !mode.expectsArl()) {
                    continue;
                }
                if (lot.getSentAt() == null || lot.getSentAt().plus(delay).isAfter(now)) {
                    continue;
                }
                lots.move(lot, resend && lot.getAttempts() < maxAttempts ? LotState.NO_ARL_RESEND : LotState.NO_ARL_MANUAL);
                lots.update(lot);
                moved.add(lot);
            }
        }
        return moved;
    }

    private static String reason(Lot lot) {
        return "lot " + LotNumbers.format(lot.getNumber());
    }

    private boolean lotsAllow(Lot lot, LotState to) {
        return lot.getState() == to || new LotLifecycle().allows(lot.getState(), to);
    }

    private void addAck(Lot lot, boolean positive, String code, String message, String fileName, Instant receivedAt) {
        Ack ack = OpenfseFactory.eINSTANCE.createAck();
        ack.setStatus(positive ? AckStatus.POSITIVE : AckStatus.NEGATIVE);
        ack.setCode(code == null ? "" : code);
        ack.setMessage(message == null ? "" : message);
        ack.setFileName(fileName == null ? "" : fileName);
        ack.setReceivedAt(receivedAt == null ? now : receivedAt);
        lot.getAcks().add(ack);
    }
}
