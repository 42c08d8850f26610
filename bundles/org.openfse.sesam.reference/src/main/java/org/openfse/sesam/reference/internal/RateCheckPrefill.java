package org.openfse.sesam.reference.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.ExemptionPeriod;
import org.openfse.core.rights.AdriResponse;
import org.openfse.core.rights.RightsAnswer;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.sesam.Justification;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.InsuranceNature;

/**
 * Pre-fills the "Vérification du taux" (seed 002: "L'écran contient différentes informations qui
 * seront en général pré-remplies").
 *
 * <ul>
 * <li>Dates: from the invoice and its prescription.</li>
 * <li>Pièce Justif. AMO: "Les droits ont été récupérés sur ADR" when ADRi answered; otherwise "L'assuré a
 * présenté sa carte Vitale" when the card is present (seed 002: ADRi down but card in the reader);
 * otherwise none.</li>
 * <li>Droits AMO: the rights answer, else the card's periods, else unknown.</li>
 * <li>Accident de droit commun, ALD, victime d'attentat: NON (seed 002: ALD only when the prescriber wrote
 * it; the others need an attestation).</li>
 * <li>Prescription RI/RA, Alsace-Moselle, nature: "se remplissent automatiquement en fonction des données
 * du dossier": RI/RA from the prescription (opticians only); Alsace-Moselle from ADRi or the folder;
 * maternité when the (ADRi or folder) end of maternity is on or after the act, else maladie.</li>
 * <li>Service AMO: ADRi, else the card, else the folder. Exemption: the folder's when its period covers
 * the act, else the situation of an ADRi/card exemption period covering the act.</li>
 * <li>Mode: "dépendra de la présence ou non de la Carte Vitale dans le lecteur": the practitioner's
 * default when the cards present allow it, else SESAM-Vitale (CPS + Vitale), désynchronisé (Vitale
 * only), dégradé (CPS only), non sécurisé (none).</li>
 * <li>AMC justification, attestation, tiers payant, AMC transmission: from the folder.</li>
 * </ul>
 */
final class RateCheckPrefill {

    RateCheck prefill(RateCheckContext context) {
        Optional<AdriResponse> adri = context.rights().filter(r -> r.outcome() == RightsAnswer.Outcome.QUERIED)
                .flatMap(RightsAnswer::adri);
        LocalDate act = context.actDate();
        Optional<LocalDate> maternityEnd = adri.flatMap(AdriResponse::maternityEnd).or(context::maternityEnd);
        InsuranceNature nature = maternityEnd.filter(end -> !end.isBefore(act)).isPresent()
                ? InsuranceNature.MATERNITE : InsuranceNature.MALADIE;
        return RateCheck.builder(act, context.invoiceDate())
                .prescriptionDate(context.prescriptionDate())
                .amoJustification(adri.isPresent() ? Justification.ADR
                        : context.vitalePresent() ? Justification.VITALE_CARD : Justification.NONE)
                .amoRights(rightsState(context))
                .amcJustification(context.amcJustification())
                .renewal("optician".equals(context.specialty()) ? context.prescriptionRenewal() : Optional.empty())
                .alsaceMoselle(context.alsaceMoselle() || adri.map(AdriResponse::alsaceMoselle).orElse(false))
                .nature(nature)
                .exemptionCode(exemption(context, adri))
                .amoTiersPayant(context.amoTiersPayant())
                .amcTiersPayant(context.amcTiersPayant())
                .amcTransmission(context.amcTransmission())
                .secureMode(mode(context))
                .amcAttestation(context.amcAttestation())
                .amoService(adri.flatMap(AdriResponse::amoService)
                        .or(() -> context.cardBeneficiary().flatMap(b -> b.details().amoService()))
                        .or(context::amoService))
                .maternityEnd(maternityEnd)
                .build();
    }

    private static RightsStatus.State rightsState(RateCheckContext context) {
        if (context.rights().isPresent()) {
            return context.rights().get().status().state();
        }
        return context.cardBeneficiary().map(b -> cardState(b, context.actDate())).orElse(RightsStatus.State.UNKNOWN);
    }

    static RightsStatus.State cardState(Beneficiary beneficiary, LocalDate day) {
        List<Period> periods = beneficiary.rights();
        if (periods.isEmpty()) {
            return RightsStatus.State.UNKNOWN;
        }
        return periods.stream().anyMatch(p -> p.contains(day)) ? RightsStatus.State.OPEN : RightsStatus.State.CLOSED;
    }

    private static Optional<String> exemption(RateCheckContext context, Optional<AdriResponse> adri) {
        LocalDate act = context.actDate();
        Optional<String> folder = context.exemptionCode()
                .filter(code -> context.exemptionPeriod().map(p -> p.contains(act)).orElse(true));
        if (folder.isPresent()) {
            return folder;
        }
        List<ExemptionPeriod> periods = adri.map(AdriResponse::exemptions)
                .orElseGet(() -> context.cardBeneficiary().map(b -> b.details().exemptions()).orElse(List.of()));
        return periods.stream()
                .filter(p -> p.period().contains(act) && !p.situation().isBlank())
                .map(ExemptionPeriod::situation)
                .findFirst();
    }

    private static SecureMode mode(RateCheckContext context) {
        boolean cps = context.cpsAuthenticated();
        boolean vitale = context.vitalePresent();
        if (allowed(context.defaultSecureMode(), cps, vitale)) {
            return context.defaultSecureMode();
        }
        if (cps && vitale) {
            return SecureMode.SESAM_VITALE;
        }
        if (vitale) {
            return SecureMode.DESYNCHRONISE;
        }
        return cps ? SecureMode.DEGRADE : SecureMode.NON_SECURISE;
    }

    static boolean allowed(SecureMode mode, boolean cps, boolean vitale) {
        return switch (mode) {
            case SESAM_VITALE -> cps && vitale;
            case DESYNCHRONISE -> vitale;
            case DEGRADE -> cps;
            case NON_SECURISE -> true;
        };
    }

    /** Whether an ALD exemption covers the day (card or ADRi exemption periods). */
    static boolean aldKnown(RateCheckContext context, LocalDate day) {
        Optional<AdriResponse> adri = context.rights().flatMap(RightsAnswer::adri);
        List<ExemptionPeriod> periods = adri.map(AdriResponse::exemptions)
                .orElseGet(() -> context.cardBeneficiary().map(b -> b.details().exemptions()).orElse(List.of()));
        return periods.stream().anyMatch(p -> p.ald() && p.period().contains(day));
    }
}
