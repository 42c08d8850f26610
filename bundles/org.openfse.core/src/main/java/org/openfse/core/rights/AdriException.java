package org.openfse.core.rights;

import java.util.Objects;

/**
 * An ADRi query failed. The message is English, for the log; screens turn {@link #reason()} into French.
 *
 * @since 1.1
 */
public final class AdriException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the query failed. */
    public enum Reason {
        /** The régime does not know this beneficiary. */
        UNKNOWN_BENEFICIARY,
        /** The régime does not offer ADRi. */
        REGIME_NOT_SUPPORTED,
        /** The server could not be reached or answered with an error (panne de serveur). */
        UNAVAILABLE
    }

    private final Reason reason;

    public AdriException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
