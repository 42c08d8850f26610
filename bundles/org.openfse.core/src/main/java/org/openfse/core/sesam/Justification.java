package org.openfse.core.sesam;

/**
 * Pièce justificative presented for the AMO or the AMC part (seed 002, "Vérification du taux",
 * "Pièce Justif. AMO" / "Pièce Justif. AMC"). The constant names are those of the model's
 * {@code Justification}, so {@code Justification.valueOf(modelValue.name())} converts.
 *
 * @since 1.1
 */
public enum Justification {
    /** L'assuré n'a présenté aucune pièce justificative. */
    NONE,
    /** Bulletin de salaire, attestation de droits, prise en charge AME... */
    PAPER_ATTESTATION,
    /** Carte d'assuré social (attestation), or the file consulted by telematics (feu-vert, CDR...). */
    INSURANCE_CARD,
    /** L'assuré a présenté sa carte Vitale (or the ApCV application). */
    VITALE_CARD,
    /** Les droits ont été récupérés sur ADR (ADRi). */
    ADR;

    /**
     * Whether the rights come from the card or ADRi. With any other justification the exemption
     * situation (taux d'exonération) must be chosen by hand (seed 002).
     */
    public boolean fromCardOrAdri() {
        return this == VITALE_CARD || this == ADR;
    }
}
