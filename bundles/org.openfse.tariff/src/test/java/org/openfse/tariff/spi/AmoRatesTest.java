package org.openfse.tariff.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;

// Rates: DOMAIN.md "Pricing facts" (60 % auxiliaires médicaux and optics, 70 % doctors,
// Alsace-Moselle 90 %, maternité / ALD / accident du travail 100 %).
class AmoRatesTest {

    @Test
    void generalCaseKeepsTheSpecialtyRate() {
        assertEquals(60, AmoRates.rate(Coverage.maladie(), 60));
        assertEquals(70, AmoRates.rate(Coverage.maladie(), 70));
    }

    @Test
    void alsaceMoselleIsNinetyPercent() {
        assertEquals(90, AmoRates.rate(new Coverage(InsuranceNature.MALADIE, true, false, false), 60));
        assertEquals(90, AmoRates.rate(new Coverage(InsuranceNature.MALADIE, true, false, false), 70));
    }

    @Test
    void maternityWorkAccidentFreeCareAndAldAreFullyPaid() {
        assertEquals(100, AmoRates.rate(new Coverage(InsuranceNature.MATERNITE, false, false, false), 60));
        assertEquals(100, AmoRates.rate(new Coverage(InsuranceNature.AT, true, false, false), 70));
        assertEquals(100, AmoRates.rate(new Coverage(InsuranceNature.SMG, false, false, false), 60));
        assertEquals(100, AmoRates.rate(new Coverage(InsuranceNature.MALADIE, true, true, false), 60));
    }

    @Test
    void c2sDoesNotChangeTheAmoRate() {
        assertEquals(70, AmoRates.rate(new Coverage(InsuranceNature.MALADIE, false, false, true), 70));
    }

    // IR_EXO_V (shared/reference-data/snds): 55 "6ème mois de grossesse" and 91 "actes CCAM/NGAP
    // exonérants" exempt from the ticket modérateur; 41 "affection sans rapport" and 47 "article
    // L324 non exonérant" do not.
    @Test
    void anExemptingSituationIsFullyPaid() {
        assertEquals(100, AmoRates.rate(exemption("55"), 70));
        assertEquals(100, AmoRates.rate(exemption("91"), 60));
        assertEquals(60, AmoRates.rate(exemption("41"), 60));
        assertEquals(70, AmoRates.rate(exemption("47"), 70));
    }

    private static Coverage exemption(String code) {
        return new Coverage(InsuranceNature.MALADIE, false, false, false, Optional.of(code), Set.of());
    }
}
