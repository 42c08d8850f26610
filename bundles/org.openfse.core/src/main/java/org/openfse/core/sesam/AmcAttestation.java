package org.openfse.core.sesam;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Money;

/**
 * The "Attestation AMC" screen of seed 002: what a DRE or a gestion-unique FSE needs about the
 * complementary insurer when no convention gives it. Text fields are empty strings when not
 * entered; their formats have no public table, so only the numbers are checked (digits).
 *
 * @param referenceDate "Date Référence" (seed 002 shows "Acte")
 * @param separateManagement "Gest. Séparée": gestion séparée (DRE) rather than gestion unique
 * @param prefectoralNumber "N° Préfectoral" of the mutuelle (digits)
 * @param ediNumber "N° EDI"
 * @param conventionType "Type Conv."
 * @param guarantees "Garanties"
 * @param insuredId "Id. Assuré"
 * @param pecNumber "N° PEC" (prise en charge)
 * @param amoRefusal "Refus RO"
 * @param stsRouting "Aiguillage STS" (seed 002: "Aucun" = empty)
 * @param hostId "Id Hôte"
 * @param startDate "Date Début" of the AMC rights
 * @param specialAttestation "Att. Particulière" (seed 002: "Pas d'attestation particulière" = empty)
 * @param mutuelleNumber "N° Mutuelle" (digits)
 * @param secondaryCriterion "Crit. Secondaire"
 * @param memberNumber "N° Adhérent"
 * @param contractType "Type Contrat"
 * @param pecAmount "Montant PEC", the amount granted by the prise en charge
 * @param rcProcessing "Traitement RC" (seed 002: "- Aucun" = empty)
 * @param routingCode "Code Routage"
 * @param domain "Domaine"
 * @param endDate "Date Fin" of the AMC rights
 * @since 1.1
 */
public record AmcAttestation(ReferenceDate referenceDate, boolean separateManagement, String prefectoralNumber,
        String ediNumber, String conventionType, String guarantees, String insuredId, String pecNumber,
        boolean amoRefusal, String stsRouting, String hostId, Optional<LocalDate> startDate, String specialAttestation,
        String mutuelleNumber, String secondaryCriterion, String memberNumber, String contractType,
        Optional<Money> pecAmount, String rcProcessing, String routingCode, String domain, Optional<LocalDate> endDate) {

    /** Which date of the invoice the AMC rights are checked against ("Date Référence"). */
    public enum ReferenceDate { ACT, PRESCRIPTION, INVOICE }

    /** An empty attestation: reference date "Acte", gestion séparée (the defaults of seed 002's screen). */
    public static final AmcAttestation EMPTY = new AmcAttestation(ReferenceDate.ACT, true, "", "", "", "", "", "", false,
            "", "", Optional.empty(), "", "", "", "", "", Optional.empty(), "", "", "", Optional.empty());

    public AmcAttestation {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(prefectoralNumber, "prefectoralNumber");
        Objects.requireNonNull(ediNumber, "ediNumber");
        Objects.requireNonNull(conventionType, "conventionType");
        Objects.requireNonNull(guarantees, "guarantees");
        Objects.requireNonNull(insuredId, "insuredId");
        Objects.requireNonNull(pecNumber, "pecNumber");
        Objects.requireNonNull(stsRouting, "stsRouting");
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(specialAttestation, "specialAttestation");
        Objects.requireNonNull(mutuelleNumber, "mutuelleNumber");
        Objects.requireNonNull(secondaryCriterion, "secondaryCriterion");
        Objects.requireNonNull(memberNumber, "memberNumber");
        Objects.requireNonNull(contractType, "contractType");
        Objects.requireNonNull(pecAmount, "pecAmount");
        Objects.requireNonNull(rcProcessing, "rcProcessing");
        Objects.requireNonNull(routingCode, "routingCode");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(endDate, "endDate");
    }

    /** A copy with the mutuelle number, prefectoral number and member number set. */
    public AmcAttestation withNumbers(String mutuelle, String prefectoral, String member) {
        return new AmcAttestation(referenceDate, separateManagement, prefectoral, ediNumber, conventionType, guarantees,
                insuredId, pecNumber, amoRefusal, stsRouting, hostId, startDate, specialAttestation, mutuelle,
                secondaryCriterion, member, contractType, pecAmount, rcProcessing, routingCode, domain, endDate);
    }

    /** A copy with the AMC rights period set. */
    public AmcAttestation withPeriod(Optional<LocalDate> start, Optional<LocalDate> end) {
        return new AmcAttestation(referenceDate, separateManagement, prefectoralNumber, ediNumber, conventionType,
                guarantees, insuredId, pecNumber, amoRefusal, stsRouting, hostId, start, specialAttestation,
                mutuelleNumber, secondaryCriterion, memberNumber, contractType, pecAmount, rcProcessing, routingCode,
                domain, end);
    }

    /** A copy with the prise en charge number and amount set. */
    public AmcAttestation withPec(String number, Optional<Money> amount) {
        return new AmcAttestation(referenceDate, separateManagement, prefectoralNumber, ediNumber, conventionType,
                guarantees, insuredId, number, amoRefusal, stsRouting, hostId, startDate, specialAttestation,
                mutuelleNumber, secondaryCriterion, memberNumber, contractType, amount, rcProcessing, routingCode,
                domain, endDate);
    }
}
