package org.openfse.core.sesam;

/**
 * The fields of the forçage screens of seed 002 ("Forçage Maternité", "Forçage Service AMO",
 * "Situation ETM", "Forçage Siècle Naissance", "Attestation AMC"), for the labels of a dialog:
 * {@link RateCheckService#label(Enum)} gives the seed's French text. {@link #kind()} tells which
 * screen a field belongs to.
 *
 * @since 1.1
 */
public enum ForcingField {
    /** "Fin Théorique". */
    MATERNITY_THEORETICAL_END(ForcingKind.MATERNITY_END),
    /** "Fin Forcée". */
    MATERNITY_FORCED_END(ForcingKind.MATERNITY_END),
    /** "Taux Exonération". */
    EXEMPTION_RATE(ForcingKind.EXEMPTION),
    /** "Code Service AMO". */
    AMO_SERVICE_CODE(ForcingKind.AMO_SERVICE),
    /** "Date Début" of the service AMO. */
    AMO_SERVICE_START(ForcingKind.AMO_SERVICE),
    /** "Date Fin" of the service AMO. */
    AMO_SERVICE_END(ForcingKind.AMO_SERVICE),
    /** "Date Naissance". */
    BIRTH_DATE(ForcingKind.BIRTH_CENTURY),
    /** {@link AmcAttestation#referenceDate()}: "Date Référence". */
    AMC_REFERENCE_DATE(ForcingKind.AMC_ATTESTATION),
    /** "Gest. Séparée". */
    AMC_SEPARATE_MANAGEMENT(ForcingKind.AMC_ATTESTATION),
    /** "N° Préfectoral". */
    AMC_PREFECTORAL_NUMBER(ForcingKind.AMC_ATTESTATION),
    /** "N° EDI". */
    AMC_EDI_NUMBER(ForcingKind.AMC_ATTESTATION),
    /** "Type Conv.". */
    AMC_CONVENTION_TYPE(ForcingKind.AMC_ATTESTATION),
    /** "Garanties". */
    AMC_GUARANTEES(ForcingKind.AMC_ATTESTATION),
    /** "Id. Assuré". */
    AMC_INSURED_ID(ForcingKind.AMC_ATTESTATION),
    /** "N° PEC". */
    AMC_PEC_NUMBER(ForcingKind.AMC_ATTESTATION),
    /** "Refus RO". */
    AMC_AMO_REFUSAL(ForcingKind.AMC_ATTESTATION),
    /** "Aiguillage STS". */
    AMC_STS_ROUTING(ForcingKind.AMC_ATTESTATION),
    /** "Id Hôte". */
    AMC_HOST_ID(ForcingKind.AMC_ATTESTATION),
    /** "Date Début". */
    AMC_START_DATE(ForcingKind.AMC_ATTESTATION),
    /** "Att. Particulière". */
    AMC_SPECIAL_ATTESTATION(ForcingKind.AMC_ATTESTATION),
    /** "N° Mutuelle". */
    AMC_MUTUELLE_NUMBER(ForcingKind.AMC_ATTESTATION),
    /** "Crit. Secondaire". */
    AMC_SECONDARY_CRITERION(ForcingKind.AMC_ATTESTATION),
    /** "N° Adhérent". */
    AMC_MEMBER_NUMBER(ForcingKind.AMC_ATTESTATION),
    /** "Type Contrat". */
    AMC_CONTRACT_TYPE(ForcingKind.AMC_ATTESTATION),
    /** "Montant PEC". */
    AMC_PEC_AMOUNT(ForcingKind.AMC_ATTESTATION),
    /** "Traitement RC". */
    AMC_RC_PROCESSING(ForcingKind.AMC_ATTESTATION),
    /** "Code Routage". */
    AMC_ROUTING_CODE(ForcingKind.AMC_ATTESTATION),
    /** "Domaine". */
    AMC_DOMAIN(ForcingKind.AMC_ATTESTATION),
    /** "Date Fin". */
    AMC_END_DATE(ForcingKind.AMC_ATTESTATION);

    private final ForcingKind kind;

    ForcingField(ForcingKind kind) {
        this.kind = kind;
    }

    /** The forçage screen this field belongs to. */
    public ForcingKind kind() {
        return kind;
    }
}
