package org.openfse.core.returns;

/** Payment state of a part, NOEMIE-PS.md 7.15 / 7.16 position 14. */
public enum PartState {
    /** {@code P}: paid (fully, partly or more than claimed: compare the amounts). */
    PAID,
    /** {@code R}: rejected; the amount paid is zero. */
    REJECTED,
    /** {@code D}: deferred. */
    DEFERRED,
    /** Blank: this part is not processed by this return. */
    NOT_PROCESSED;

    /** The state of a 198 / 199 position 14 character; anything unknown is {@link #NOT_PROCESSED}. */
    public static PartState of(char code) {
        return switch (code) {
            case 'P' -> PAID;
            case 'R' -> REJECTED;
            case 'D' -> DEFERRED;
            default -> NOT_PROCESSED;
        };
    }
}
