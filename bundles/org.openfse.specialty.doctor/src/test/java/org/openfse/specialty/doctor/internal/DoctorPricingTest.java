package org.openfse.specialty.doctor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.ALD;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.ALSACE;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.C2S;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.JANUARY_2025;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.MATERNITY;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.openfse.tariff.spi.TariffZones;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;

class DoctorPricingTest {

    private final DoctorPricing pricing = DoctorFixtures.shippedPricing();

    // Convention médicale 2024 (arrêté du 20/06/2024): G = 30 EUR from 22/12/2024, 26.50 EUR before;
    // AMO rate of a consultation 70 % (DOMAIN.md).
    @Test
    void consultationValueFollowsTheDayOfCare() throws PricingException {
        assertEquals(line("26.50", "26.50", 70), price(LocalDate.of(2024, 12, 21), ActLine.of("G")));
        assertEquals(line("30.00", "30.00", 70), price(LocalDate.of(2024, 12, 22), ActLine.of("G")));
        assertEquals(line("30.00", "30.00", 70), price(JANUARY_2025, ActLine.of("GS")));
    }

    // Règlement arbitral 2023: 25 EUR -> 26.50 EUR on 01/11/2023; APC 56.50 EUR then 60 EUR (2024 convention).
    @Test
    void earlierValues() throws PricingException {
        assertEquals(line("25.00", "25.00", 70), price(LocalDate.of(2023, 10, 31), ActLine.of("G")));
        assertEquals(line("26.50", "26.50", 70), price(LocalDate.of(2023, 11, 1), ActLine.of("G")));
        assertEquals(line("56.50", "56.50", 70), price(LocalDate.of(2024, 6, 1), ActLine.of("APC")));
        assertEquals(line("60.00", "60.00", 70), price(JANUARY_2025, ActLine.of("APC")));
    }

    @Test
    void aDayBeforeAnyRecordedValueIsRefused() {
        PricingException refused = assertThrows(PricingException.class, () -> price(LocalDate.of(2017, 4, 30), ActLine.of("G")));

        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, refused.reason());
        assertEquals("lines[0].code", refused.field());
    }

    @Test
    void overseasValuesAreNotRecordedYetSoTheyAreRefused() {
        PricingException refused = assertThrows(PricingException.class,
                () -> pricing.price(request(Coverage.maladie(), JANUARY_2025, ActLine.of("G")), TariffZones.DOM));

        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, refused.reason());
    }

    @Test
    void aSecteur2FeeAboveTheBaseIsTheUnitPrice() throws PricingException {
        ActLine fee = new ActLine("G", Optional.empty(), 1, Optional.of(Money.parse("50.00")), BigDecimal.ONE);

        assertEquals(line("50.00", "30.00", 70), price(JANUARY_2025, fee));
    }

    @Test
    void aConsultationTakesNoCoefficient() {
        ActLine coefficient = new ActLine("G", Optional.empty(), 1, Optional.empty(), new BigDecimal("2"));

        assertEquals("lines[0].coefficient", assertThrows(PricingException.class, () -> price(JANUARY_2025, coefficient)).field());
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertEquals(PricingException.Reason.UNKNOWN_CODE,
                assertThrows(PricingException.class, () -> price(JANUARY_2025, ActLine.of("AMI"))).reason());
    }

    // DOMAIN.md: Alsace-Moselle 90 %, maternité and ALD 100 %; C2S keeps the AMO rate.
    @Test
    void ratesFollowTheCoverage() throws PricingException {
        assertEquals(90, rate(ALSACE));
        assertEquals(100, rate(MATERNITY));
        assertEquals(100, rate(ALD));
        assertEquals(70, rate(C2S));
    }

    // ameli.fr "Le forfait à 24 euros": from 120 EUR the ticket modérateur is replaced by the
    // flat participation, so the AMO pays 100 % of the base (less the participation).
    @Test
    void aHeavyActIsPaidAtFullRate() throws PricingException {
        DoctorPricing heavy = new DoctorPricing(DoctorFixtures.WITH_HEAVY_ACT, DoctorFixtures.PARTICIPATIONS, DoctorFixtures.TEXTS);

        assertEquals(100, heavy.price(request(Coverage.maladie(), JANUARY_2025, ActLine.of("PHOTO")), "metro").get(0).rate());
        assertEquals(90, heavy.price(request(ALSACE, JANUARY_2025, ActLine.of("PHOTO")), "metro").get(0).rate());
        assertEquals(70, heavy.price(request(C2S, JANUARY_2025, ActLine.of("PHOTO")), "metro").get(0).rate());
    }

    // Same source: the tariffs of one session add up; four consultations of 30 EUR reach 120 EUR.
    @Test
    void tariffsOfOneSessionAreCumulatedForTheThreshold() throws PricingException {
        assertEquals(70, pricing.price(request(Coverage.maladie(), JANUARY_2025, DoctorFixtures.times("G", 3)), "metro").get(0).rate());
        assertEquals(100, pricing.price(request(Coverage.maladie(), JANUARY_2025, DoctorFixtures.times("G", 4)), "metro").get(0).rate());
    }

    private int rate(Coverage coverage) throws PricingException {
        return pricing.price(request(coverage, JANUARY_2025, ActLine.of("G")), TariffZones.METRO).get(0).rate();
    }

    private LinePricing price(LocalDate day, ActLine line) throws PricingException {
        return pricing.price(request(Coverage.maladie(), day, line), TariffZones.METRO).get(0);
    }

    private static LinePricing line(String net, String base, int rate) {
        return new LinePricing(Money.parse(net), Money.parse(base), rate);
    }
}
