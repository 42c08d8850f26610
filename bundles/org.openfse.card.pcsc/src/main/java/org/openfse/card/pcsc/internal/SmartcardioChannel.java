package org.openfse.card.pcsc.internal;

import javax.smartcardio.CardChannel;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import org.openfse.core.card.ApduChannel;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;

/**
 * The APDU link to a card held by the driver. Every way a card vanishes during a transmit
 * (PCSC-TESTING.md §5: {@code SCARD_E_NOT_TRANSACTED} just after removal, {@code SCARD_W_REMOVED_CARD}
 * once pcscd noticed, then {@code IllegalStateException} "Card has been removed") becomes
 * {@link Reason#CARD_REMOVED}.
 */
final class SmartcardioChannel implements ApduChannel {

    /** How long to wait for pcscd to notice a removal before calling a failure a driver error. */
    static final long REMOVAL_CHECK_MILLIS = 1500;

    private final CardChannel channel;
    private final CardTerminal terminal;

    SmartcardioChannel(CardChannel channel, CardTerminal terminal) {
        this.channel = channel;
        this.terminal = terminal;
    }

    @Override
    public byte[] transmit(byte[] command) throws CardException {
        CommandAPDU apdu;
        try {
            apdu = new CommandAPDU(command);
        } catch (IllegalArgumentException e) {
            throw new CardException(Reason.DRIVER_ERROR, "malformed command APDU: " + e.getMessage(), e);
        }
        try {
            return channel.transmit(apdu).getBytes();
        } catch (IllegalStateException e) {
            throw removed(e);
        } catch (javax.smartcardio.CardException | IllegalArgumentException e) {
            // IllegalArgumentException: PC/SC returned an empty response, which vpcd does when the card
            // leaves during the exchange ("apdu must be at least 2 bytes long").
            throw failure(terminal, e);
        }
    }

    /** Maps a PC/SC failure on a card: removed when the card is gone (or going), else a driver error. */
    static CardException failure(CardTerminal terminal, Exception e) {
        String code = PcscContext.pcscCode(e);
        if (code.contains("SCARD_W_REMOVED_CARD") || code.contains("SCARD_E_NO_SMARTCARD") || goneSoon(terminal)) {
            return removed(e);
        }
        return new CardException(Reason.DRIVER_ERROR, "PC/SC failed on " + terminal.getName() + ": " + code, e);
    }

    static CardException removed(Exception e) {
        return new CardException(Reason.CARD_REMOVED, "the card was removed during the operation (" + PcscContext.pcscCode(e) + ")", e);
    }

    private static boolean goneSoon(CardTerminal terminal) {
        try {
            return terminal.waitForCardAbsent(REMOVAL_CHECK_MILLIS);
        } catch (javax.smartcardio.CardException | RuntimeException e) {
            return false;
        }
    }
}
