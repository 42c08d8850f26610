package org.openfse.core.sesam;

import java.util.Objects;

/** Securing was refused; {@link #reason()} says why. */
public final class SecuringException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why securing was refused. */
    public enum Reason {
        /** The mode needs the CPS with a verified PIN. */
        CPS_REQUIRED,
        /** The mode needs the patient's Vitale card. */
        VITALE_REQUIRED,
        /** Dégradé mode needs a SCOR attachment of the paper invoice. */
        ATTACHMENT_REQUIRED,
        /** The engine does not support this mode. */
        MODE_NOT_SUPPORTED
    }

    private final Reason reason;

    public SecuringException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
