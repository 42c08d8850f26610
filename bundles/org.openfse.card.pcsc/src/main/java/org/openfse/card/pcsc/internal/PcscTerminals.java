package org.openfse.card.pcsc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardType;

/**
 * The readers seen through {@code javax.smartcardio}, with the PC/SC errors sorted into "no
 * service", "no reader" and real failures.
 */
final class PcscTerminals {

    /** The factory type {@code TerminalFactory.getDefault()} falls back to when PC/SC cannot start. */
    static final String NO_PCSC_TYPE = "None";

    /** What a scan found. */
    record Scan(boolean serviceAvailable, List<CardReader> readers) {
        Scan {
            readers = List.copyOf(readers);
        }
    }

    private final Supplier<TerminalFactory> factory;
    private final AtrClassifier classifier;
    private final String driverId;

    PcscTerminals(Supplier<TerminalFactory> factory, AtrClassifier classifier, String driverId) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.driverId = Objects.requireNonNull(driverId, "driverId");
    }

    /**
     * Lists the readers and the type of the card in each.
     *
     * @throws CardException DRIVER_ERROR when PC/SC runs but fails
     */
    Scan scan() throws CardException {
        List<CardTerminal> terminals = terminals();
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
        List<CardTerminal> terminals = terminals();
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

    /** The terminals, or {@code null} when there is no PC/SC service at all. */
    private List<CardTerminal> terminals() throws CardException {
        TerminalFactory terminalFactory = factory.get();
        if (NO_PCSC_TYPE.equals(terminalFactory.getType())) {
            return null;
        }
        try {
            return terminalFactory.terminals().list();
        } catch (javax.smartcardio.CardException e) {
            String code = pcscCode(e);
            if (code.contains("SCARD_E_NO_READERS_AVAILABLE")) {
                return List.of();
            }
            if (code.contains("SCARD_E_NO_SERVICE") || code.contains("SCARD_E_SERVICE_STOPPED")) {
                return null;
            }
            throw new CardException(Reason.DRIVER_ERROR, "PC/SC could not list the readers: " + code, e);
        }
    }

    private CardType cardType(CardTerminal terminal) throws CardException {
        if (!isCardPresent(terminal)) {
            return CardType.NONE;
        }
        Card card;
        try {
            card = terminal.connect("*");
        } catch (javax.smartcardio.CardException | IllegalStateException e) {
            String code = pcscCode(e);
            // Pulled out between the presence check and the connection: the reader is empty now.
            if (code.contains("SCARD_W_REMOVED_CARD") || code.contains("SCARD_E_NO_SMARTCARD")) {
                return CardType.NONE;
            }
            // A card is there but does not answer (mute card, card upside down): not a card we know.
            return CardType.UNKNOWN;
        }
        try {
            return classifier.classify(card.getATR().getBytes());
        } finally {
            try {
                card.disconnect(false);
            } catch (javax.smartcardio.CardException | IllegalStateException e) {
                // Only the ATR was read; a card pulled out meanwhile leaves nothing to release.
            }
        }
    }

    private static boolean isCardPresent(CardTerminal terminal) throws CardException {
        try {
            return terminal.isCardPresent();
        } catch (javax.smartcardio.CardException e) {
            throw new CardException(Reason.DRIVER_ERROR,
                    "PC/SC could not read the state of " + terminal.getName() + ": " + pcscCode(e), e);
        }
    }

    /** The messages of the exception and its causes, where the PC/SC codes ({@code SCARD_...}) are. */
    static String pcscCode(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                if (!text.isEmpty()) {
                    text.append(": ");
                }
                text.append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.isEmpty() ? e.getClass().getName() : text.toString();
    }
}
