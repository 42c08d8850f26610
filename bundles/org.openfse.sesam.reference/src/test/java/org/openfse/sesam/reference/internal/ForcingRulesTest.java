package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.Period;
import org.openfse.core.card.AmoService;
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.core.sesam.ForcingDecision;
import org.openfse.core.sesam.ForcingKind;
import org.openfse.core.sesam.ForcingRecord;
import org.openfse.core.sesam.ForcingRefusedException;
import org.openfse.core.sesam.ForcingValue;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.InsuranceNature;

/** Each forçage of seed 002's "SESAM-Vitale" button, allowed and refused. */
class ForcingRulesTest {

    private static final Instant AT = Instant.parse("2024-10-29T10:00:00Z");
    private final ReferenceRateCheckService service = new ReferenceRateCheckService(Messages.load());
    private final RateCheck check = service.prefill(RateCheckServiceTest.seedContext().build());

    private ForcingDecision decide(ForcingValue value, RateCheck on) {
        return service.checkForcing(value, on);
    }

    private static void refused(ForcingDecision decision, String start) {
        assertFalse(decision.allowed());
        assertTrue(decision.reason().orElseThrow().startsWith(start), decision.reason().get());
    }

    @Test
    void maternityEndOnlyWithMaternityAndAChange() {
        LocalDate theoretical = LocalDate.of(2024, 11, 10);
        ForcingValue value = new ForcingValue.MaternityEnd(Optional.of(theoretical), LocalDate.of(2024, 11, 20));
        refused(decide(value, check), "Le forçage de la fin de maternité n'est possible qu'avec la nature d'assurance « Maternité »");
        RateCheck maternity = check.toBuilder().nature(InsuranceNature.MATERNITE).maternityEnd(Optional.of(theoretical)).build();
        assertTrue(decide(value, maternity).allowed());
        refused(decide(new ForcingValue.MaternityEnd(Optional.of(theoretical), theoretical), maternity), "La fin forcée (10/11/2024)");
        assertEquals(Optional.of("M"), value.indicator(), "IR_VIT_V M: modification de la date de fin de droits à l'exo mat");
    }

    @Test
    void maternityForcingReplacesTheTheoreticalEnd() throws ForcingRefusedException {
        RateCheck maternity = check.toBuilder().nature(InsuranceNature.MATERNITE).maternityEnd(Optional.of(LocalDate.of(2024, 11, 10)))
                .build();
        RateCheck forced = service.applyForcing(maternity, new ForcingRecord(
                new ForcingValue.MaternityEnd(maternity.maternityEnd(), LocalDate.of(2024, 11, 20)), "alex", AT));
        assertEquals(Optional.of(LocalDate.of(2024, 11, 20)), forced.effectiveMaternityEnd());
        assertEquals(Optional.of(LocalDate.of(2024, 11, 10)), forced.maternityEnd());
        assertEquals("alex", forced.forcing(ForcingKind.MATERNITY_END).orElseThrow().by());
        assertEquals(AT, forced.forcing(ForcingKind.MATERNITY_END).orElseThrow().at());
    }

    @Test
    void exemptionOnlyInDegradeWithAKnownCode() {
        // Seed 002: "Situation ETM vous permet de changer manuellement le taux d'exonération (mode dégradé uniquement)".
        ForcingValue value = new ForcingValue.ExemptionForcing(Optional.empty(), "62");
        refused(decide(value, check), "Le forçage du taux d'exonération (situation ETM) n'est possible qu'en mode dégradé.");
        RateCheck degrade = check.toBuilder().secureMode(SecureMode.DEGRADE).build();
        assertTrue(decide(value, degrade).allowed());
        refused(decide(new ForcingValue.ExemptionForcing(Optional.empty(), "15"), degrade), "Le code d'exonération « 15 »");
        ForcingRefusedException e = assertThrows(ForcingRefusedException.class,
                () -> service.applyForcing(check, new ForcingRecord(value, "alex", AT)));
        assertEquals(ForcingKind.EXEMPTION, e.kind());
    }

    @Test
    void amoServiceForcedPresentOrAbsentButNotUnchanged() throws ForcingRefusedException {
        // Seed 002: "Service AMO vous permet de forcer/annuler la C2S qui serait absente/présente dans les données vitales";
        // the card shows "Code Service AMO 00 - Pas de service AMO".
        Optional<AmoService> card = Optional.of(new AmoService("00", Optional.empty()));
        ForcingValue present = new ForcingValue.AmoServiceForcing(card,
                new AmoService("10", Optional.of(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
        assertTrue(decide(present, check).allowed());
        RateCheck forced = service.applyForcing(check.toBuilder().amoService(card).build(), new ForcingRecord(present, "alex", AT));
        assertTrue(forced.c2s());
        assertEquals(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                forced.forcing(ForcingKind.AMO_SERVICE).orElseThrow().period().orElseThrow());
        refused(decide(new ForcingValue.AmoServiceForcing(card, new AmoService("00", Optional.empty())), check),
                "Le code service AMO forcé (00)");
        refused(decide(new ForcingValue.AmoServiceForcing(card, new AmoService("1", Optional.empty())), check),
                "Le code service AMO doit compter 2 chiffres");
        // Cancelling a C2S present on the card
        ForcingValue absent = new ForcingValue.AmoServiceForcing(Optional.of(new AmoService("10", Optional.empty())),
                new AmoService("00", Optional.empty()));
        assertTrue(decide(absent, check).allowed());
        // a C2S whose forced period does not cover the act does not apply
        RateCheck outOfPeriod = service.applyForcing(check, new ForcingRecord(new ForcingValue.AmoServiceForcing(card,
                new AmoService("10", Optional.of(Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))))), "alex", AT));
        assertFalse(outOfPeriod.c2s());
    }

    @Test
    void birthCentury() {
        // Seed 002: "Forçage Siècle Naissance", Date Naissance 15/06/1955.
        ForcingValue.BirthCentury twenty = new ForcingValue.BirthCentury("19550615", 20);
        assertEquals("20550615", twenty.forcedBirthDate());
        refused(decide(twenty, check), "Avec ce siècle, la date de naissance (15/06/2055) serait postérieure");
        refused(decide(new ForcingValue.BirthCentury("19550615", 19), check), "Le siècle 19 est déjà celui de la carte");
        refused(decide(new ForcingValue.BirthCentury("19550615", 21), check), "Le siècle de naissance doit être 18, 19 ou 20");
        ForcingValue.BirthCentury nineteen = new ForcingValue.BirthCentury("20550615", 19);
        assertTrue(decide(nineteen, check).allowed());
        assertEquals("19550615", nineteen.text());
        assertEquals(Optional.empty(), ForcingKind.BIRTH_CENTURY.coverageForcing());
        // a lunar date (seed convention: kept as written) cannot be compared, only the century is checked
        assertTrue(decide(new ForcingValue.BirthCentury("20161332", 19), check).allowed());
    }

    @Test
    void amcAttestationOnlyWhenTheAmcPartIsTransmitted() {
        // Seed 002: "Attestation AMC vous permet de saisir les valeurs nécessaires pour la création d'une DRE".
        AmcAttestation mutuelle = AmcAttestation.EMPTY.withNumbers("1100000000", "", "");
        ForcingValue value = new ForcingValue.AmcAttestationForcing(mutuelle);
        refused(decide(value, check), "L'attestation AMC ne sert qu'à télétransmettre la part complémentaire");
        RateCheck transmitted = check.toBuilder().amcTransmission(true).build();
        assertTrue(decide(value, transmitted).allowed());
        assertEquals(Optional.of("N"), value.indicator(), "IR_VIT_V N: saisie ou modification du numéro de mutuelle");
        refused(decide(new ForcingValue.AmcAttestationForcing(AmcAttestation.EMPTY), transmitted),
                "Saisissez le N° Mutuelle ou le N° Préfectoral");
        refused(decide(new ForcingValue.AmcAttestationForcing(AmcAttestation.EMPTY.withNumbers("11A", "", "")), transmitted),
                "Le N° Mutuelle ne doit contenir que des chiffres");
        refused(decide(new ForcingValue.AmcAttestationForcing(AmcAttestation.EMPTY.withNumbers("", "12X", "")), transmitted),
                "Le N° Préfectoral ne doit contenir que des chiffres");
        AmcAttestation period = mutuelle.withPeriod(Optional.of(LocalDate.of(2024, 12, 31)), Optional.of(LocalDate.of(2024, 1, 1)));
        refused(decide(new ForcingValue.AmcAttestationForcing(period), transmitted), "La date de début des droits AMC (31/12/2024)");
        AmcAttestation rights = mutuelle.withPeriod(Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2024, 12, 31)));
        assertEquals(Optional.of("S"), new ForcingValue.AmcAttestationForcing(rights).indicator(),
                "IR_VIT_V S: saisie ou prolongation droits à complémentaire");
        // Seed 002 PEC: N° de PEC 1234, crédit PEC 245
        assertTrue(decide(new ForcingValue.AmcAttestationForcing(mutuelle.withPec("1234", Optional.of(Money.parse("245.00")))),
                transmitted).allowed());
        refused(decide(new ForcingValue.AmcAttestationForcing(mutuelle.withPec("1234", Optional.of(Money.parse("-1.00")))),
                transmitted), "Le montant de prise en charge ne peut pas être négatif");
    }

    @Test
    void forcingsAreListedInTheScreenOrderWithTheirLabels() {
        // Seed 002 "Sesam Vitale" screen: Maternité, Situation ETM, Service AMO, Siècle naissance, Attestation AMC.
        assertEquals(java.util.List.of("Maternité", "Situation ETM", "Service AMO", "Siècle naissance", "Attestation AMC"),
                service.forcingKinds().stream().map(service::label).toList());
    }

    @Test
    void forcingScreensHaveTheSeedTitlesAndFields() {
        // Seed 002: "Forçage Maternité: Fin Théorique / Fin Forcée", "Forçage Service AMO: Code Service AMO, Date Début,
        // Date Fin", "Situation ETM: Taux Exonération", "Forçage Siècle Naissance: Date Naissance".
        assertEquals("Forçage Maternité", service.title(ForcingKind.MATERNITY_END));
        assertEquals(java.util.List.of("Fin Théorique", "Fin Forcée"),
                service.fields(ForcingKind.MATERNITY_END).stream().map(service::label).toList());
        assertEquals("Forçage Service AMO", service.title(ForcingKind.AMO_SERVICE));
        assertEquals(java.util.List.of("Code Service AMO", "Date Début", "Date Fin"),
                service.fields(ForcingKind.AMO_SERVICE).stream().map(service::label).toList());
        assertEquals(java.util.List.of("Taux Exonération"), service.fields(ForcingKind.EXEMPTION).stream().map(service::label).toList());
        assertEquals("Forçage Siècle Naissance", service.title(ForcingKind.BIRTH_CENTURY));
        assertEquals(java.util.List.of("Date Naissance"),
                service.fields(ForcingKind.BIRTH_CENTURY).stream().map(service::label).toList());
        // Seed 002 "Attestation AMC": 22 fields, from "Date Référence" to "Date Fin".
        java.util.List<String> amc = service.fields(ForcingKind.AMC_ATTESTATION).stream().map(service::label).toList();
        assertEquals(22, amc.size());
        assertEquals("Date Référence", amc.get(0));
        assertTrue(amc.containsAll(java.util.List.of("Gest. Séparée", "N° Préfectoral", "N° EDI", "Type Conv.", "Garanties",
                "Id. Assuré", "N° PEC", "Refus RO", "Aiguillage STS", "Id Hôte", "Date Début", "Att. Particulière", "N° Mutuelle",
                "Crit. Secondaire", "N° Adhérent", "Type Contrat", "Montant PEC", "Traitement RC", "Code Routage", "Domaine")));
        assertEquals("Date Fin", amc.get(21));
        assertEquals("Acte", service.label(AmcAttestation.ReferenceDate.ACT));
    }

    @Test
    void aForcingRecordNamesWhoForced() {
        assertThrows(IllegalArgumentException.class, () -> new ForcingRecord(
                new ForcingValue.ExemptionForcing(Optional.empty(), "62"), " ", AT));
    }
}
