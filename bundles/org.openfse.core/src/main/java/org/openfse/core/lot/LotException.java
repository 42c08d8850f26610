package org.openfse.core.lot;

/**
 * A lot operation could not be done (unknown lot, nothing to put in a lot, file that cannot be
 * written...). The message is French, for the user; nothing was changed.
 */
public final class LotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LotException(String message) {
        super(message);
    }

    public LotException(String message, Throwable cause) {
        super(message, cause);
    }
}
