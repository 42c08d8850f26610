package org.openfse.core.sesam;

/** How an invoice is secured (DOMAIN.md, "Secure modes"). */
public enum SecureMode {
    /** CPS and Vitale present together: signed, ARL expected. */
    SESAM_VITALE,
    /** CPE and Vitale first, the CPS later: signed, ARL expected. */
    DESYNCHRONISE,
    /** CPS only: integrity only, no ARL, a paper FS or a SCOR scan in parallel. */
    DEGRADE,
    /** No card: paper invoice. */
    NON_SECURISE;

    /** Whether the invoice is signed by the card. */
    public boolean signed() {
        return this == SESAM_VITALE || this == DESYNCHRONISE;
    }

    /** Whether an ARL is expected for the FSE of a lot in this mode. */
    public boolean expectsArl() {
        return signed();
    }

    /** Whether a paper copy or a SCOR attachment must go with it. */
    public boolean needsPaperOrAttachment() {
        return this == DEGRADE || this == NON_SECURISE;
    }
}
