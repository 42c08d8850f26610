package org.openfse.tariff.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
