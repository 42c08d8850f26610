package org.openfse.card.pcsc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardType;

/** The readers seen through {@code javax.smartcardio}, with the type of the card in each. */
final class PcscTerminals {

    /** What a scan found. */
    record Scan(boolean serviceAvailable, List<CardReader> readers) {
        Scan {
            readers = List.copyOf(readers);
        }
    }

    private final PcscContext context;
    private final Profiles profiles;
    private final String driverId;

    PcscTerminals(PcscContext context, Profiles profiles, String driverId) {
        this.context = Objects.requireNonNull(context, "context");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.driverId = Objects.requireNonNull(driverId, "driverId");
    }

    /**
     * Lists the readers and the type of the card in each.
     *
     * @throws CardException DRIVER_ERROR when PC/SC runs but fails
     */
    Scan scan() throws CardException {
        List<CardTerminal> terminals = context.terminals();
        if (terminals == null) {
            return new Scan(false, List.of());
        }
        List<CardReader> readers = new ArrayList<>();
        for (CardTerminal terminal : terminals) {
            readers.add(new CardReader(terminal.getName(), driverId, cardType(terminal)));
        }
        return new Scan(true, readers);
    }

    /**
     * The reader of that name, holding a card.
     *
     * @throws CardException NO_READER when no reader has that name (or PC/SC does not run),
     *         NO_CARD when it is empty, DRIVER_ERROR when PC/SC fails
     */
    CardTerminal readerWithCard(String name) throws CardException {
        Objects.requireNonNull(name, "name");
        List<CardTerminal> terminals = context.terminals();
        if (terminals == null) {
            throw new CardException(Reason.NO_READER, "the PC/SC service (pcscd) is not available");
        }
        for (CardTerminal terminal : terminals) {
            if (terminal.getName().equals(name)) {
                if (!isCardPresent(terminal)) {
                    throw new CardException(Reason.NO_CARD, "the reader " + name + " is empty");
                }
                return terminal;
            }
        }
        throw new CardException(Reason.NO_READER, "no reader named " + name);
    }

    /** The type of the card in a reader: connects to read its ATR. NONE when empty or pulled meanwhile. */
    CardType cardType(CardTerminal terminal) throws CardException {
        if (!isCardPresent(terminal)) {
            return CardType.NONE;
        }
        Card card;
        try {
            card = terminal.connect("*");
        } catch (javax.smartcardio.CardException | IllegalStateException e) {
            String code = PcscContext.pcscCode(e);
            // Pulled out between the presence check and the connection: the reader is empty now.
            if (code.contains("SCARD_W_REMOVED_CARD") || code.contains("SCARD_E_NO_SMARTCARD")) {
                return CardType.NONE;
            }
            // A card is there but does not answer (mute card, card upside down): not a card we know.
            return CardType.UNKNOWN;
        }
        try {
            return profiles.classify(card.getATR().getBytes());
        } finally {
            try {
                card.disconnect(false);
            } catch (javax.smartcardio.CardException | IllegalStateException e) {
                // Only the ATR was read; a card pulled out meanwhile leaves nothing to release.
            }
        }
    }

    static boolean isCardPresent(CardTerminal terminal) throws CardException {
        try {
            return terminal.isCardPresent();
        } catch (javax.smartcardio.CardException e) {
            throw new CardException(Reason.DRIVER_ERROR,
                    "PC/SC could not read the state of " + terminal.getName() + ": " + PcscContext.pcscCode(e), e);
        }
    }
}
