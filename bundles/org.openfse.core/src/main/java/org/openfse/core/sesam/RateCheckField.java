package org.openfse.core.sesam;

/**
 * The fields of the "Vérification taux" dialog (seed 002), in the dialog's order. A dialog asks
 * {@link RateCheckService#label(RateCheckField)} for the French label,
 * {@link RateCheckService#visible} and {@link RateCheckService#editable} for the state of each
 * field, and reads the messages of {@link RateCheckValidation#messagesFor(RateCheckField)}.
 *
 * @since 1.1
 */
public enum RateCheckField {
    /** "Ordo.": prescription date. */
    PRESCRIPTION_DATE,
    /** "Acte": day of care. */
    ACT_DATE,
    /** "Facture": invoice date. */
    INVOICE_DATE,
    /** "Pièce Justif. AMO". */
    AMO_JUSTIFICATION,
    /** "Droits AMO" (read-only: from the card or ADRi). */
    AMO_RIGHTS,
    /** "Pièce Justif. AMC". */
    AMC_JUSTIFICATION,
    /** "Accident Droit Commun" (OUI/NON). */
    COMMON_LAW_ACCIDENT,
    /** "Prescription": RI / RA (opticians' renewal). */
    RENEWAL,
    /** "Régime Alsace Moselle". */
    ALSACE_MOSELLE,
    /** "Soins en rapport avec l'ALD" (OUI/NON). */
    ALD,
    /** "Victime Attentat". */
    ATTACK_VICTIM,
    /** "Nature Assurance": maladie, maternité, accident du travail, SMG. */
    INSURANCE_NATURE,
    /** Maternité: date of the start of pregnancy or of the birth (shown for maternité only). */
    MATERNITY_DATE,
    /** Accident du travail: number of the accident (shown for AT only). */
    WORK_ACCIDENT_NUMBER,
    /** Accident du travail: date of the accident (shown for AT only). */
    WORK_ACCIDENT_DATE,
    /** "Situation ETM / Taux Exonération" (shown when the justification is not the card nor ADR). */
    EXEMPTION,
    /** "Paiement": tiers payant AMO. */
    AMO_TIERS_PAYANT,
    /** "Paiement": tiers payant AMC. */
    AMC_TIERS_PAYANT,
    /** "Facturation AMC": the AMC part is transmitted (DRE or gestion unique). */
    AMC_TRANSMISSION,
    /** "Mode Sécurisation". */
    SECURE_MODE,
    /** "Attestation AMC" (button opening {@link AmcAttestation}). */
    AMC_ATTESTATION
}
