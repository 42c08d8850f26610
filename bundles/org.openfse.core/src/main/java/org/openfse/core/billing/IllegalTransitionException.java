package org.openfse.core.billing;

/**
 * A state change that the lifecycle does not allow. The billing service gives a French message for
 * the user ({@link #getMessage()}); {@link #from()} and {@link #to()} are the state names.
 */
public final class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    /** With an English technical message (API 1.0). */
    public IllegalTransitionException(Enum<?> from, Enum<?> to) {
        this(from, to, "transition not allowed: " + from + " -> " + to);
    }

    /**
     * @param message the French text for the user
     * @since 1.1
     */
    public IllegalTransitionException(Enum<?> from, Enum<?> to, String message) {
        super(message);
        this.from = from.name();
        this.to = to.name();
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
