package org.openfse.core.transport;

/** Sending or receiving failed; nothing was lost and the operation can be retried. */
public final class TransportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public TransportException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether trying again later may succeed (network down) or not (refused credentials). */
    public boolean retryable() {
        return retryable;
    }
}
