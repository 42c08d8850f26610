package org.openfse.core.rights;

/**
 * The occasion on which rights are asked (seed 002: "lecture d'une CV périmée, saisie du Tiers
 * Payant, facturation...", and the ADRi button of "Détail Informations Vitale").
 *
 * @since 1.1
 */
public enum AdriTrigger {
    /** A Vitale card was just read. */
    CARD_READ,
    /** Tiers payant is being entered on the folder (button TP). */
    TIERS_PAYANT,
    /** The folder is being billed (vérification du taux, FSE generation). */
    BILLING,
    /** The user pressed the ADRi button. */
    MANUAL_REQUEST
}
