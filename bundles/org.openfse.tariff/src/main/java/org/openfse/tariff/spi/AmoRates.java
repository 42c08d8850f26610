package org.openfse.tariff.spi;

import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;

/**
 * The AMO rate of a line from its coverage (DOMAIN.md, "Pricing facts"): maternité, accident du
 * travail, soins médicaux gratuits, care related to an ALD and care under an exempting situation
 * ({@link Exemptions#exempts(Coverage)}: IR_EXO_V codes such as 55, 6th month of pregnancy, or
 * 91, exempting act) are paid at 100 %; the régime local d'Alsace-Moselle pays 90 %; otherwise
 * the specialty's general rate applies (60 % for auxiliaires médicaux and optics, 70 % for
 * doctors' consultations). C2S does not change the AMO rate: it pays the ticket modérateur as a
 * complementary part.
 */
public final class AmoRates {

    /** Rate of the régime local d'Alsace-Moselle, whole percent. */
    public static final int ALSACE_MOSELLE = 90;

    /** Rate of care fully paid by the AMO, whole percent. */
    public static final int FULL = 100;

    private AmoRates() {
    }

    /**
     * @param coverage the AMO situation of the invoice
     * @param generalRate the specialty's rate in the general case (maladie, régime général)
     * @return the rate to apply, whole percent
     */
    public static int rate(Coverage coverage, int generalRate) {
        if (generalRate < 0 || generalRate > FULL) {
            throw new IllegalArgumentException("rate out of 0..100: " + generalRate);
        }
        if (coverage.nature() != InsuranceNature.MALADIE || coverage.ald() || Exemptions.exempts(coverage)) {
            return FULL;
        }
        if (coverage.alsaceMoselle()) {
            return Math.max(ALSACE_MOSELLE, generalRate);
        }
        return generalRate;
    }
}
