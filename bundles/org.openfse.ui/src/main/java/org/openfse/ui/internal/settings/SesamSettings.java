package org.openfse.ui.internal.settings;

import java.util.List;

/**
 * The SESAM-Vitale options of the practice (seed 002, "Menu Paramètres &gt; Sesam Vitale &gt;
 * Paramétrage SV"), held as practice settings ({@code Transaction#putSetting}): dates as ISO
 * {@code AAAA-MM-JJ}, flags as {@code true}/{@code false}, counts as digits. Documented in
 * docs/admin-guide.md.
 */
public final class SesamSettings {

    /** Date d'activation du SESAM-Vitale. */
    public static final String ACTIVATION_DATE = "sesam.activationDate";
    /** Nombre de jours avant la relecture de la carte Vitale. */
    public static final String VITALE_REREAD_DAYS = "sesam.vitaleRereadDays";
    /** Date d'édition du dernier lot (set by the lot printing; the screen only shows it and clears it, "RAZ Date"). */
    public static final String LAST_LOT_PRINT_DATE = "sesam.lastLotPrintDate";
    /** Édition (du bordereau) après télétransmission. */
    public static final String PRINT_AFTER_TRANSMISSION = "sesam.printAfterTransmission";
    /** Mode sécurisation SESAM sans Vitale (désynchronisé / dégradé without the card). */
    public static final String SECURE_WITHOUT_VITALE = "sesam.secureWithoutVitale";

    /** Every key, in the order of the screen. */
    public static final List<String> KEYS = List.of(ACTIVATION_DATE, VITALE_REREAD_DAYS, LAST_LOT_PRINT_DATE, PRINT_AFTER_TRANSMISSION,
            SECURE_WITHOUT_VITALE);

    private SesamSettings() {
    }
}
