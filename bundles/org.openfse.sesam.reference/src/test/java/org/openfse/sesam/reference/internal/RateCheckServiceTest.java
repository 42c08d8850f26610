package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openfse.core.Period;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.rights.AdriMode;
import org.openfse.core.rights.AdriResponse;
import org.openfse.core.rights.RightsAnswer;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.rights.RightsStatus.State;
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.core.sesam.ForcingKind;
import org.openfse.core.sesam.ForcingRecord;
import org.openfse.core.sesam.ForcingValue;
import org.openfse.core.sesam.Justification;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.RateCheckField;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.Forcing;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.RenewalIndicator;

/** Pre-fill, labels, visibility and coverage of the "Vérification du taux" (seed 002). */
class RateCheckServiceTest {

    private final ReferenceRateCheckService service = new ReferenceRateCheckService(Messages.load());

    // Seed 002, "Vérification taux": Ordo. 27/10/2024, Acte 29/10/2024.
    static final LocalDate ORDO = LocalDate.of(2024, 10, 27);
    static final LocalDate ACT = LocalDate.of(2024, 10, 29);
    // Seed 002 card: rights 01/02/2020 - 31/01/2025, service AMO 00.
    static final Beneficiary DESMAUX = new Beneficiary("DESMAUX", "NATHALIE", Optional.empty(), "19550615", 1, "00", "01",
            "999", "9999", List.of(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31))));

    static RateCheckContext.Builder seedContext() {
        return RateCheckContext.builder("optician", ACT, ACT).invoiceDate(ACT).prescription(ORDO, Optional.empty())
                .cardBeneficiary(DESMAUX).vitalePresent(true).cpsAuthenticated(true);
    }

    @Test
    void seed002CardInTheReaderPrefillsLikeTheScreenshot() {
        RateCheck check = service.prefill(seedContext().build());
        // Seed 002: "Pièce Justif. AMO: L'assuré a présenté sa carte Vitale / Droits AMO: Droits AMO ouverts /
        // Pièce Justif. AMC: le patient ne présente aucun justificatif / Accident Droit Commun: NON /
        // Soins en rapport avec l'ALD: NON / Nature Assurance: Maladie / Mode Sécurisation: SESAM_VITALE".
        assertEquals(Optional.of(ORDO), check.prescriptionDate());
        assertEquals(ACT, check.actDate());
        assertEquals(Justification.VITALE_CARD, check.amoJustification());
        assertEquals(State.OPEN, check.amoRights());
        assertEquals(Justification.NONE, check.amcJustification());
        assertFalse(check.commonLawAccident());
        assertFalse(check.aldRelated());
        assertFalse(check.attackVictim());
        assertEquals(InsuranceNature.MALADIE, check.nature());
        assertEquals(SecureMode.SESAM_VITALE, check.secureMode());
        assertEquals("L'assuré a présenté sa carte Vitale", service.label(check.amoJustification()));
        assertEquals("Droits AMO ouverts", service.label(check.amoRights()));
        assertEquals("Maladie", service.label(check.nature()));
        assertEquals("SESAM_VITALE - Signature définitive simultanée par la CPS et la CVIT", service.label(check.secureMode()));
        assertEquals("NON", service.yesNo(check.commonLawAccident()));
        assertTrue(service.validate(check, seedContext().build()).valid(), service.validate(check, seedContext().build()).toString());
    }

    @Test
    void adriAnswerPrefillsTheAdrJustification() {
        // Seed 002: "Dans la majorité des cas, vous utiliserez « Les droits ont été récupérés sur ADR »".
        AdriResponse adri = new AdriResponse(ACT, Period.yearBefore(ACT), "01", "999", "9999", List.of(Period.yearBefore(ACT)),
                Optional.of(new AmoService("10", Optional.empty())), List.of(), true, Optional.empty());
        RightsAnswer rights = new RightsAnswer(new RightsStatus(State.OPEN, Optional.of(Period.yearBefore(ACT)),
                RightsStatus.Source.ADRI), RightsAnswer.Outcome.QUERIED, Optional.of(adri), Optional.empty());
        RateCheck check = service.prefill(seedContext().rights(rights).build());
        assertEquals(Justification.ADR, check.amoJustification());
        assertEquals("Les droits ont été récupérés sur ADR", service.label(Justification.ADR));
        assertTrue(check.alsaceMoselle(), "régime local from ADRi");
        assertTrue(check.c2s(), "service AMO 10 from ADRi");
    }

    @Test
    void modeFollowsTheCardsPresent() {
        // Seed 002: "Le « Mode Sécurisation » dépendra de la présence ou non de la Carte Vitale dans le lecteur".
        assertEquals(SecureMode.DEGRADE, service.prefill(seedContext().vitalePresent(false).build()).secureMode());
        assertEquals(SecureMode.DESYNCHRONISE,
                service.prefill(seedContext().cpsAuthenticated(false).build()).secureMode());
        assertEquals(SecureMode.NON_SECURISE,
                service.prefill(seedContext().vitalePresent(false).cpsAuthenticated(false).build()).secureMode());
        assertEquals(SecureMode.DEGRADE,
                service.prefill(seedContext().defaultSecureMode(SecureMode.DEGRADE).build()).secureMode());
    }

    @Test
    void withoutCardNorAdrTheJustificationIsNoneAndTheExemptionIsShown() {
        RateCheck check = service.prefill(seedContext().vitalePresent(false).build());
        assertEquals(Justification.NONE, check.amoJustification());
        assertTrue(service.visible(RateCheckField.EXEMPTION, check));
        assertFalse(service.visible(RateCheckField.EXEMPTION, service.prefill(seedContext().build())));
    }

    @Test
    void renewalAlsaceMoselleAndNatureComeFromTheFolder() {
        // Seed 002: "La « Prescription » (RI/RA), le « Régime Alsace-Moselle » et la « Nature Assurance » se remplissent
        // automatiquement en fonction des données du dossier".
        RateCheck check = service.prefill(seedContext().prescription(ORDO, Optional.of(RenewalIndicator.RA))
                .alsaceMoselle(true).maternityEnd(ACT.plusDays(30)).build());
        assertEquals(Optional.of(RenewalIndicator.RA), check.renewal());
        assertTrue(check.alsaceMoselle());
        assertEquals(InsuranceNature.MATERNITE, check.nature());
        assertEquals("Renouvellement Adapté", service.label(RenewalIndicator.RA));

        RateCheck over = service.prefill(seedContext().maternityEnd(ACT.minusDays(1)).build());
        assertEquals(InsuranceNature.MALADIE, over.nature());
        RateCheck nurse = service.prefill(RateCheckContext.builder("nurse", ACT, ACT)
                .prescription(ORDO, Optional.of(RenewalIndicator.RI)).build());
        assertEquals(Optional.empty(), nurse.renewal());
    }

    @Test
    void folderExemptionAppliesOnlyInItsPeriod() {
        RateCheck inside = service.prefill(seedContext().exemption("55", Optional.of(Period.of(ACT.minusDays(10), ACT))).build());
        assertEquals(Optional.of("55"), inside.exemptionCode());
        RateCheck outside = service.prefill(seedContext().exemption("55", Optional.of(Period.of(ACT.minusDays(10), ACT.minusDays(1))))
                .build());
        assertEquals(Optional.empty(), outside.exemptionCode());
    }

    @Test
    void everyFieldHasTheSeedLabelInDialogOrder() {
        // Seed 002 dialog: Ordo. Acte Facture / Pièce Justif. AMO / Droits AMO / Pièce Justif. AMC / Accident Droit
        // Commun / Prescription / Régime Alsace Moselle / Soins en rapport avec l'ALD / Victime Attentat / Nature
        // Assurance / Taux Exonération / Paiement / Mode Sécurisation / Attestation AMC.
        assertEquals(List.of(RateCheckField.values()), service.fields());
        assertEquals("Ordo.", service.label(RateCheckField.PRESCRIPTION_DATE));
        assertEquals("Acte", service.label(RateCheckField.ACT_DATE));
        assertEquals("Facture", service.label(RateCheckField.INVOICE_DATE));
        assertEquals("Pièce Justif. AMO", service.label(RateCheckField.AMO_JUSTIFICATION));
        assertEquals("Droits AMO", service.label(RateCheckField.AMO_RIGHTS));
        assertEquals("Pièce Justif. AMC", service.label(RateCheckField.AMC_JUSTIFICATION));
        assertEquals("Accident Droit Commun", service.label(RateCheckField.COMMON_LAW_ACCIDENT));
        assertEquals("Prescription", service.label(RateCheckField.RENEWAL));
        assertEquals("Régime Alsace Moselle", service.label(RateCheckField.ALSACE_MOSELLE));
        assertEquals("Soins en rapport avec l'ALD", service.label(RateCheckField.ALD));
        assertEquals("Victime Attentat", service.label(RateCheckField.ATTACK_VICTIM));
        assertEquals("Nature Assurance", service.label(RateCheckField.INSURANCE_NATURE));
        assertEquals("Taux Exonération", service.label(RateCheckField.EXEMPTION));
        assertEquals("Mode Sécurisation", service.label(RateCheckField.SECURE_MODE));
        assertEquals("Attestation AMC", service.label(RateCheckField.AMC_ATTESTATION));
        for (RateCheckField field : RateCheckField.values()) {
            assertFalse(service.label(field).isBlank(), field.name());
        }
        // The five pièces justificatives and four natures of seed 002
        assertEquals("L'assuré n'a présenté aucune pièce justificative", service.label(Justification.NONE));
        assertEquals("Soins Médicaux Gratuit (SMG)", service.label(InsuranceNature.SMG));
        assertEquals("Accident du travail", service.label(InsuranceNature.AT));
        assertEquals("DEGRADE - Signature définitive par CPS seulement (remplace le mode SESAM_VITALE en cas d'oubli de la CVIT)",
                service.label(SecureMode.DEGRADE));
        assertEquals("Appel ciblé", service.label(AdriMode.AUTOMATIC));
        assertThrows(IllegalArgumentException.class, () -> service.label(Thread.State.NEW));
    }

    @Test
    void everyChoiceOfTheDialogHasAFrenchLabel() {
        List<Enum<?>> choices = new java.util.ArrayList<>();
        choices.addAll(List.of(Justification.values()));
        choices.addAll(List.of(InsuranceNature.values()));
        choices.addAll(List.of(SecureMode.values()));
        choices.addAll(List.of(RenewalIndicator.values()));
        choices.addAll(List.of(State.values()));
        choices.addAll(List.of(ForcingKind.values()));
        choices.addAll(List.of(org.openfse.core.sesam.ForcingField.values()));
        choices.addAll(List.of(AmcAttestation.ReferenceDate.values()));
        choices.addAll(List.of(AdriMode.values()));
        for (Enum<?> choice : choices) {
            String label = service.label(choice);
            assertFalse(label.isBlank() || label.contains("{") || label.contains("''"), choice + " -> " + label);
        }
        for (ForcingKind kind : ForcingKind.values()) {
            assertFalse(service.title(kind).isBlank());
            assertFalse(service.fields(kind).isEmpty(), kind.name());
        }
    }

    @Test
    void natureDecidesWhichDetailsAreShownAndRightsAreReadOnly() {
        RateCheck maladie = service.prefill(seedContext().build());
        assertFalse(service.visible(RateCheckField.MATERNITY_DATE, maladie));
        assertFalse(service.visible(RateCheckField.WORK_ACCIDENT_DATE, maladie));
        RateCheck at = maladie.toBuilder().nature(InsuranceNature.AT).build();
        assertTrue(service.visible(RateCheckField.WORK_ACCIDENT_DATE, at));
        assertTrue(service.visible(RateCheckField.WORK_ACCIDENT_NUMBER, at));
        assertTrue(service.visible(RateCheckField.MATERNITY_DATE, maladie.toBuilder().nature(InsuranceNature.MATERNITE).build()));
        assertFalse(service.editable(RateCheckField.AMO_RIGHTS, maladie));
        assertTrue(service.editable(RateCheckField.INSURANCE_NATURE, maladie));
    }

    @Test
    void coverageCarriesTheForcedValues() throws Exception {
        RateCheck check = service.prefill(seedContext().vitalePresent(false).amcTransmission(true).build()).toBuilder()
                .alsaceMoselle(true).aldRelated(true).build();
        assertEquals(SecureMode.DEGRADE, check.secureMode());
        check = service.applyForcing(check, new ForcingRecord(new ForcingValue.ExemptionForcing(Optional.empty(), "62"),
                "alex", java.time.Instant.parse("2024-10-29T10:00:00Z")));
        check = service.applyForcing(check, new ForcingRecord(new ForcingValue.AmoServiceForcing(Optional.empty(),
                new AmoService("10", Optional.empty())), "alex", java.time.Instant.parse("2024-10-29T10:01:00Z")));
        check = service.applyForcing(check, new ForcingRecord(new ForcingValue.AmcAttestationForcing(
                AmcAttestation.EMPTY.withNumbers("1100000000", "", "")), "alex", java.time.Instant.parse("2024-10-29T10:02:00Z")));
        Coverage coverage = service.coverage(check);
        assertEquals(new Coverage(InsuranceNature.MALADIE, true, true, true, Optional.of("62"),
                Set.of(Forcing.EXEMPTION, Forcing.C2S, Forcing.AMC)), coverage);

        RateCheck removed = service.removeForcing(check, ForcingKind.AMO_SERVICE);
        assertFalse(removed.c2s());
        assertEquals(2, removed.forcings().size());
    }
}
