package org.openfse.core.store;

/** The store failed; the transaction in progress was rolled back. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
