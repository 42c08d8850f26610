package org.openfse.store.derby.internal;

/** The schema could not be brought to the version this build expects; nothing was half-applied. */
public final class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
