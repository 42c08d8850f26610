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
        MODE_NOT_SUPPORTED,
        /** A pending désynchronisé invoice was changed since its first step (or was started elsewhere). @since 1.1 */
        CONTENT_CHANGED,
        /** A pending désynchronisé invoice is completed with another practitioner's CPS. @since 1.1 */
        PS_MISMATCH
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
