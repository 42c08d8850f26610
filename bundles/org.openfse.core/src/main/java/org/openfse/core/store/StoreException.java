package org.openfse.core.store;

import java.util.Optional;

/**
 * The store failed; the transaction in progress was rolled back.
 *
 * <p>{@link #getMessage()} is a precise English text for the log. When the store can tell the
 * user what to do, {@link #userMessage()} (and {@link #getLocalizedMessage()}) holds a French
 * text for the screen.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String userMessage;

    public StoreException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /**
     * @param message English, for the log
     * @param userMessage French, for the user, or {@code null}
     */
    public StoreException(String message, String userMessage, Throwable cause) {
        super(message, cause);
        this.userMessage = userMessage;
    }

    /** The French text for the user, when the store has one. */
    public Optional<String> userMessage() {
        return Optional.ofNullable(userMessage);
    }

    /** The French text for the user when there is one, else {@link #getMessage()}. */
    @Override
    public String getLocalizedMessage() {
        return userMessage != null ? userMessage : getMessage();
    }
}
