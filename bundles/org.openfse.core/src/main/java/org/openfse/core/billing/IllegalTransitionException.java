package org.openfse.core.billing;

/** A state change that the lifecycle does not allow. */
public final class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    public IllegalTransitionException(Enum<?> from, Enum<?> to) {
        super("transition not allowed: " + from + " -> " + to);
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
