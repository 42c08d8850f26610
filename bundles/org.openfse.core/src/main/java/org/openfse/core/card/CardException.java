package org.openfse.core.card;

import java.util.Objects;

/** A card operation failed; {@link #reason()} says why in a way a screen can translate. */
public final class CardException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a card operation failed. */
    public enum Reason {
        /** No reader is connected, or the PC/SC daemon does not run. */
        NO_READER,
        /** The reader is empty. */
        NO_CARD,
        /** The card was pulled out during the operation. */
        CARD_REMOVED,
        /** No card profile can read this card. */
        UNKNOWN_CARD,
        /** The PIN is wrong; {@link CardException#triesLeft()} tells how many tries remain. */
        WRONG_PIN,
        /** Three wrong PINs: the card is blocked. */
        PIN_BLOCKED,
        /** The card or the reader did not answer in time. */
        TIMEOUT,
        /** The driver failed in another way; the message and cause tell more. */
        DRIVER_ERROR,
        /**
         * The service is not available here (for example no ApCV provider is installed, or it cannot
         * be reached); nothing was read.
         */
        NOT_AVAILABLE
    }

    private final Reason reason;
    private final int triesLeft;

    public CardException(Reason reason, String message) {
        this(reason, message, -1, null);
    }

    public CardException(Reason reason, String message, Throwable cause) {
        this(reason, message, -1, cause);
    }

    public CardException(Reason reason, String message, int triesLeft, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.triesLeft = triesLeft;
    }

    public Reason reason() {
        return reason;
    }

    /** PIN tries left for {@link Reason#WRONG_PIN}, {@code -1} when not applicable. */
    public int triesLeft() {
        return triesLeft;
    }
}
