package org.openfse.specialty.nurse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openfse.tariff.spi.TariffZones;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.Texts;

/** Nurse pricing against the table shipped in the bundle; each expected value names its source. */
class NursePricingTest {

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 3);

    private final NursePricing pricing = new NursePricing(
            TariffTable.load(NurseTariffRule.class, NurseTariffRule.TABLE, "NGAP infirmiers"),
            Texts.load(NurseTariffRule.class, NurseTariffRule.MESSAGES));

    // AMI = 3.15 EUR in métropole (DOMAIN.md, values from 28/01/2024); AIS = 2.65 EUR.
    @Test
    void actsAreTheKeyLetterValueTimesTheCoefficient() throws PricingException {
        assertEquals(fees("6.30"), nets(price(MARCH_2025, act("AMI", "2"))));
        assertEquals(fees("7.95"), nets(price(MARCH_2025, act("AIS", "3"))));
    }

    // Orion Santé, "Les actes courants et leur tarification dans la NGAP infirmière":
    // intravenous injection AMI 1.5 = 4.73 EUR, short perfusion AMI 2.5 = 7.88 EUR.
    @Test
    void fractionalCoefficientsRoundHalfUpToTheCent() throws PricingException {
        assertEquals(fees("4.73"), nets(price(MARCH_2025, act("AMI", "1.5"))));
        assertEquals(fees("7.88"), nets(price(MARCH_2025, act("AMI", "2.5"))));
    }

    // NGAP article 11 B (DOMAIN.md): the act of higher value in full, the second at 50 % of its
    // coefficient: AMI 2 = 6.30, AMI 1 noted AMI 0.5 = 1.575 -> 1.58, whatever the entry order.
    @Test
    void theSecondActOfTheSessionIsPaidAtHalfItsCoefficient() throws PricingException {
        assertEquals(fees("1.58", "6.30"), nets(price(MARCH_2025, act("AMI", "1"), act("AMI", "2"))));
        assertEquals(fees("6.30", "1.58"), nets(price(MARCH_2025, act("AMI", "2"), act("AMI", "1"))));
    }

    @Test
    void betweenEqualActsTheFirstEnteredStaysWhole() throws PricingException {
        assertEquals(fees("3.15", "1.58"), nets(price(MARCH_2025, act("AMI", "1"), act("AMI", "1"))));
    }

    @Test
    void aThirdActIsRefused() {
        PricingException refused = assertThrows(PricingException.class,
                () -> price(MARCH_2025, act("AMI", "2"), act("AIS", "3"), act("AMI", "1")));

        assertEquals(PricingException.Reason.INVALID_VALUE, refused.reason());
        assertEquals("lines[2].code", refused.field());
        assertTrue(refused.getMessage().contains("11 B"), refused.getMessage());
    }

    // Orisha, "Tarif du déplacement pour une infirmière libérale": AMI 1 + IFD = 3.15 + 2.75 = 5.90 EUR.
    @Test
    void travelAllowanceIsAddedAsItIs() throws PricingException {
        assertEquals(fees("3.15", "2.75"), nets(price(MARCH_2025, act("AMI", "1"), ActLine.of("IFD"))));
    }

    // FNI: IFD and IFI go from 2.50 to 2.75 EUR on 28/01/2024 (avenant 10).
    @Test
    void travelAllowanceFollowsTheDayOfCare() throws PricingException {
        assertEquals(fees("2.50"), nets(price(LocalDate.of(2024, 1, 27), ActLine.of("IFD"))));
        assertEquals(fees("2.75"), nets(price(LocalDate.of(2024, 1, 28), ActLine.of("IFI"))));
    }

    // ONSIL (avenant 3): IK plaine 0.35 EUR per km; the quantity is the billable distance.
    @Test
    void mileageIsPricedPerKilometre() throws PricingException {
        ActLine twelveKm = new ActLine("IK", Optional.empty(), 12, Optional.empty(), BigDecimal.ONE);
        assertEquals(fees("4.20"), nets(price(MARCH_2025, twelveKm)));
    }

    // La Ruche CBA, "La majoration des actes infirmiers": night 9.15 EUR (20h-23h, 5h-8h),
    // 18.30 EUR (23h-5h); CPGA: Sunday and holidays 8.00 -> 8.50 EUR on 01/08/2018 (avenant 5).
    @Test
    void nightAndSundayMajorations() throws PricingException {
        assertEquals(fees("3.15", "9.15"), nets(price(MARCH_2025, act("AMI", "1"), ActLine.of("MN"))));
        assertEquals(fees("3.15", "18.30"), nets(price(MARCH_2025, act("AMI", "1"), ActLine.of("MM"))));
        assertEquals(fees("8.00"), nets(price(LocalDate.of(2018, 7, 31), ActLine.of("F"))));
        assertEquals(fees("8.50"), nets(price(LocalDate.of(2018, 8, 1), ActLine.of("F"))));
    }

    @Test
    void nightAndSundayMajorationsDoNotAddUp() {
        PricingException refused = assertThrows(PricingException.class,
                () -> price(MARCH_2025, act("AMI", "1"), ActLine.of("MN"), ActLine.of("F")));

        assertEquals("lines[2].code", refused.field());
    }

    // ONSIL (avenant 3): MAU 1.35 EUR, for a single act AMI 1 or 1.5.
    @Test
    void singleActMajorationNeedsOneSmallAct() throws PricingException {
        assertEquals(fees("3.15", "1.35"), nets(price(MARCH_2025, act("AMI", "1"), ActLine.of("MAU"))));

        assertEquals("lines[1].code",
                assertThrows(PricingException.class, () -> price(MARCH_2025, act("AMI", "2"), ActLine.of("MAU"))).field());
        assertEquals("lines[2].code", assertThrows(PricingException.class,
                () -> price(MARCH_2025, act("AMI", "1"), act("AMI", "1"), ActLine.of("MAU"))).field());
    }

    // La Ruche CBA, tariffs from 28/01/2024: BSC 28.70 EUR in métropole, 29.25 EUR overseas; AMI 3.30 EUR overseas.
    @Test
    void overseasZoneHasItsOwnValues() throws PricingException {
        assertEquals(fees("29.25", "3.30"), nets(pricing.price(request(MARCH_2025, Coverage.maladie(), ActLine.of("BSC"),
                act("AMI", "1")), TariffZones.DOM)));
    }

    @Test
    void aForfaitBeforeItExistedIsRefused() {
        PricingException refused = assertThrows(PricingException.class, () -> price(LocalDate.of(2024, 1, 27), ActLine.of("BSA")));

        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, refused.reason());
        assertEquals("lines[0].code", refused.field());
    }

    @Test
    void anUnknownCodeIsRefused() {
        PricingException refused = assertThrows(PricingException.class, () -> price(MARCH_2025, ActLine.of("AMK")));

        assertEquals(PricingException.Reason.UNKNOWN_CODE, refused.reason());
        assertTrue(refused.getMessage().contains("NGAP infirmiers"), refused.getMessage());
    }

    @Test
    void refusesUnitPricesCoefficientsOnFixedCodesAndGroupedActs() {
        ActLine priced = new ActLine("AMI", Optional.empty(), 1, Optional.of(Money.parse("5.00")), BigDecimal.ONE);
        ActLine ifdTwice = new ActLine("IFD", Optional.empty(), 1, Optional.empty(), new BigDecimal("2"));
        ActLine twoActs = new ActLine("AMI", Optional.empty(), 2, Optional.empty(), BigDecimal.ONE);

        assertEquals("lines[0].unitPrice", assertThrows(PricingException.class, () -> price(MARCH_2025, priced)).field());
        assertEquals("lines[0].coefficient", assertThrows(PricingException.class, () -> price(MARCH_2025, ifdTwice)).field());
        assertEquals("lines[0].quantity", assertThrows(PricingException.class, () -> price(MARCH_2025, twoActs)).field());
    }

    // DOMAIN.md: auxiliaires médicaux 60 %; Alsace-Moselle 90 %; maternité, ALD, AT 100 %.
    @Test
    void ratesFollowTheCoverage() throws PricingException {
        assertEquals(60, rate(Coverage.maladie()));
        assertEquals(90, rate(new Coverage(InsuranceNature.MALADIE, true, false, false)));
        assertEquals(100, rate(new Coverage(InsuranceNature.MALADIE, false, true, false)));
        assertEquals(100, rate(new Coverage(InsuranceNature.MATERNITE, false, false, false)));
        assertEquals(100, rate(new Coverage(InsuranceNature.AT, false, false, false)));
    }

    @Test
    void theBaseIsTheFee() throws PricingException {
        LinePricing line = price(MARCH_2025, act("AMI", "2")).get(0);
        assertEquals(line.net(), line.base());
    }

    private int rate(Coverage coverage) throws PricingException {
        return pricing.price(request(MARCH_2025, coverage, act("AMI", "1")), TariffZones.METRO).get(0).rate();
    }

    private List<LinePricing> price(LocalDate day, ActLine... lines) throws PricingException {
        return pricing.price(request(day, Coverage.maladie(), lines), TariffZones.METRO);
    }

    private static PricingRequest request(LocalDate day, Coverage coverage, ActLine... lines) {
        return new PricingRequest("nurse", day, coverage, Optional.empty(), List.of(lines));
    }

    static ActLine act(String code, String coefficient) {
        return new ActLine(code, Optional.empty(), 1, Optional.empty(), new BigDecimal(coefficient));
    }

    private static List<Money> nets(List<LinePricing> pricings) {
        return pricings.stream().map(LinePricing::net).toList();
    }

    private static List<Money> fees(String... amounts) {
        return Arrays.stream(amounts).map(Money::parse).toList();
    }
}
