package org.openfse.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Nir;
import org.openfse.core.Period;

class CardRecordsTest {

    // Seed 002, "Détail Informations Vitale": DESMAUX NATHALIE, Num SS 2550699999999 34, qualité 0 - Assuré.
    private static final Nir SEED_NIR = new Nir("2550699999999", 34);

    private static Beneficiary beneficiary(String firstName, String quality) {
        return new Beneficiary("DESMAUX", firstName, Optional.empty(), "19550615", 1, quality, "01", "999", "9999",
                List.of(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31))));
    }

    @Test
    void theApi10ConstructorsKeepWorkingWithEmptyDetails() {
        Beneficiary nathalie = beneficiary("NATHALIE", "00");
        assertSame(BeneficiaryDetails.NONE, nathalie.details());

        VitaleCard card = new VitaleCard("468920691", SEED_NIR, List.of(nathalie));
        assertEquals(VitaleCard.Kind.UNSPECIFIED, card.kind());
        assertEquals(Optional.empty(), card.validUntil());

        CpsCard cps = new CpsCard("991000001", "DEMO", "ALEX", "64", "1");
        assertEquals(List.of(new PracticeSituation(1, "991000001", "64", "1", "", "")), cps.situations());
    }

    @Test
    void theInsuredIsTheBeneficiaryWithQuality00() {
        Beneficiary child = beneficiary("SACHA", "06");
        Beneficiary insured = beneficiary("NATHALIE", "00");
        VitaleCard card = new VitaleCard("1", SEED_NIR, List.of(child, insured));

        assertSame(insured, card.insured());
        assertTrue(insured.isInsured());
    }

    @Test
    void withoutAQuality00TheFirstBeneficiaryStandsForTheInsured() {
        Beneficiary child = beneficiary("SACHA", "06");
        assertSame(child, new VitaleCard("1", SEED_NIR, List.of(child)).insured());
    }

    @Test
    void aCpsCardTakesItsBillingFieldsFromTheFirstSituation() {
        CpsCard card = CpsCard.of("DEMO", "ALEX", List.of(
                new PracticeSituation(1, "991000001", "64", "1", "10", "OPTIQUE DEMO"),
                new PracticeSituation(2, "991000002", "64", "2", "10", "")));

        assertEquals("991000001", card.psNumber());
        assertEquals("64", card.specialty());
        assertEquals("1", card.conventionCode());
        assertEquals(2, card.situations().size());
    }

    @Test
    void limitsOfTheCardAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new BeneficiaryDetails("", List.of("1", "2", "3", "4", "5", "6"),
                Optional.empty(), "", Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        WorkAccidentRights.WorkAccident at = new WorkAccidentRights.WorkAccident("017211234", "200912012");
        assertThrows(IllegalArgumentException.class, () -> new WorkAccidentRights("019999999", List.of(at, at, at, at)));
        assertThrows(IllegalArgumentException.class, () -> new CpsCard("1", "A", "B", "64", "1", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PracticeSituation(0, "1", "64", "1", "", ""));
    }
}
