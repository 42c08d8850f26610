package org.openfse.core.sesam;

import java.util.Objects;

/**
 * A forçage was refused by its rule; the message is French, for the user.
 *
 * @since 1.1
 */
public final class ForcingRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ForcingKind kind;

    public ForcingRefusedException(ForcingKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ForcingKind kind() {
        return kind;
    }
}
