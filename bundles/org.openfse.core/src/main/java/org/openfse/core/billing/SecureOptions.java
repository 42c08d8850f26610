package org.openfse.core.billing;

import java.util.Objects;
import org.openfse.core.sesam.SecureMode;

/**
 * How to secure one invoice ({@link BillingService#secure}). The cards' presence is what the
 * caller (the workbench, a command) knows; the SESAM engine refuses the mode when they are missing.
 * A dégradé invoice needs a SCOR attachment of the paper FS: attach it first with
 * {@link BillingService#attach} ({@link DocumentKind#PAPER_FS}).
 *
 * @param mode the mode de sécurisation
 * @param cpsAuthenticated whether the CPS is present and its PIN was verified this session
 * @param vitalePresent whether the patient's Vitale card (or ApCV) is present
 */
public record SecureOptions(SecureMode mode, boolean cpsAuthenticated, boolean vitalePresent) {
    public SecureOptions {
        Objects.requireNonNull(mode, "mode");
    }

    /** SESAM-Vitale: CPS (PIN verified) and Vitale present. */
    public static SecureOptions sesamVitale() {
        return new SecureOptions(SecureMode.SESAM_VITALE, true, true);
    }

    /** Désynchronisé: Vitale read with the CPE first, signed with the CPS now. */
    public static SecureOptions desynchronise() {
        return new SecureOptions(SecureMode.DESYNCHRONISE, true, true);
    }

    /** Dégradé: CPS only (a paper FS attachment is needed). */
    public static SecureOptions degrade() {
        return new SecureOptions(SecureMode.DEGRADE, true, false);
    }

    /** Non sécurisé: no card. */
    public static SecureOptions nonSecurise() {
        return new SecureOptions(SecureMode.NON_SECURISE, false, false);
    }
}
