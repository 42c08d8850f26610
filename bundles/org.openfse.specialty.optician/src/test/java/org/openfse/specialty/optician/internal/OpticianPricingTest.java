package org.openfse.specialty.optician.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.RenewalIndicator;

/** Optician pricing against the tables shipped in the bundle. */
class OpticianPricingTest {

    private static final LocalDate SEED_DAY = LocalDate.of(2024, 5, 28);

    private final OpticianTariffRule rule = new OpticianTariffRule();

    // Seed 002, invoice 254 of 28/05/2024: VU3 (LPP 7230795) 103.00, VU3 103.00, M03 (LPP
    // 7211674) 209.00; "Base Rembo." 0.05 and "Taux" 60 % on every line.
    @Test
    void seedInvoice254() throws PricingException {
        List<LinePricing> pricings = rule.price(request(Coverage.maladie(), SEED_DAY,
                item("VU3", "7230795", "103.00"), item("VU3", "7230795", "103.00"), item("M03", "7211674", "209.00")));

        assertEquals(List.of(pricing("103.00", "0.05", 60), pricing("103.00", "0.05", 60), pricing("209.00", "0.05", 60)),
                pricings);
    }

    @Test
    void quantityMultipliesPriceAndBase() throws PricingException {
        ActLine pair = new ActLine("VM4", Optional.of("2290000"), 2, Optional.of(Money.parse("180.50")), BigDecimal.ONE);

        assertEquals(pricing("361.00", "0.10", 60), rule.price(request(Coverage.maladie(), SEED_DAY, pair)).get(0));
    }

    // DOMAIN.md: ALD, maternité and accident du travail 100 %; Alsace-Moselle 90 %.
    @Test
    void rateFollowsTheCoverage() throws PricingException {
        assertEquals(100, rate(new Coverage(InsuranceNature.MALADIE, false, true, false)));
        assertEquals(100, rate(new Coverage(InsuranceNature.AT, false, false, false)));
        assertEquals(90, rate(new Coverage(InsuranceNature.MALADIE, true, false, false)));
    }

    // DOMAIN.md: class A tariffs are not in the public data; refuse rather than price at zero.
    @Test
    void aClassAItemWithoutTariffIsRefused() {
        PricingException refused = assertThrows(PricingException.class,
                () -> rule.price(request(Coverage.maladie(), SEED_DAY, item("M02", "2222124", "30.00"))));

        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, refused.reason());
        assertEquals("lines[0].code", refused.field());
        assertTrue(refused.getMessage().contains("classe A"), refused.getMessage());
    }

    // The 2020 reform closed the old optical codes on 01/01/2020 (NT_LPP snapshot).
    @Test
    void aDayBeforeTheReformIsRefused() {
        PricingException refused = assertThrows(PricingException.class,
                () -> rule.price(request(Coverage.maladie(), LocalDate.of(2019, 12, 31), item("VU3", "7230795", "103.00"))));

        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, refused.reason());
    }

    @Test
    void aCodeOutsideOpticsIsUnknown() {
        PricingException refused = assertThrows(PricingException.class,
                () -> rule.price(request(Coverage.maladie(), SEED_DAY, item("VU3", "7230795", "103.00"), item("OP1", "2223342", "10.00"))));

        assertEquals(PricingException.Reason.UNKNOWN_CODE, refused.reason());
        assertEquals("lines[1].code", refused.field());
    }

    @Test
    void priceAndLppAreRequired() {
        ActLine noPrice = new ActLine("VU3", Optional.of("7230795"), 1, Optional.empty(), BigDecimal.ONE);
        ActLine noLpp = new ActLine("VU3", Optional.empty(), 1, Optional.of(Money.parse("103.00")), BigDecimal.ONE);
        ActLine badLpp = new ActLine("VU3", Optional.of("72307"), 1, Optional.of(Money.parse("103.00")), BigDecimal.ONE);
        ActLine coefficient = new ActLine("VU3", Optional.of("7230795"), 1, Optional.of(Money.parse("103.00")), new BigDecimal("2"));

        assertEquals("lines[0].unitPrice", refusedField(noPrice));
        assertEquals("lines[0].lpp", refusedField(noLpp));
        assertEquals("lines[0].lpp", refusedField(badLpp));
        assertEquals("lines[0].coefficient", refusedField(coefficient));
    }

    // Seed 002, invoice 256: an item sold 30.00 with AMO 5.40 at 60 % (base 9.00), the price
    // limit of a class A frame being 30.00 (BFM 15/01/2020; April 19/11/2021).
    @Test
    void aClassAFrameCarriesItsBaseAndPriceLimit() throws PricingException {
        assertEquals(new LinePricing(Money.parse("30.00"), Money.parse("9.00"), 60, Optional.of(Money.parse("30.00"))),
                rule.price(request(Coverage.maladie(), SEED_DAY, item("M01", "2210546", "30.00"))).get(0));
    }

    @Test
    void classBItemsHaveNoPriceLimit() throws PricingException {
        assertTrue(rule.price(request(Coverage.maladie(), SEED_DAY, item("M03", "7211674", "209.00"))).get(0).priceLimit().isEmpty());
    }

    // IR_NAT_V: S01 / SV1 "adaptation verre de classe A / B", the optician's adaptation of a
    // prescription he renews (décret n° 2016-1381): billable on a renewal "RA" only (seed 002).
    @Test
    void theAdaptationServiceNeedsARenewalWithAdaptation() {
        PricingException refused = assertThrows(PricingException.class,
                () -> rule.price(request(Coverage.maladie(), SEED_DAY, item("SV1", "2200000", "10.00"))));
        assertEquals(PricingException.Reason.INVALID_VALUE, refused.reason());
        assertEquals("lines[0].code", refused.field());
        assertTrue(refused.getMessage().contains("RA"), refused.getMessage());

        PricingException initial = assertThrows(PricingException.class, () -> rule.price(new PricingRequest("optician", SEED_DAY,
                Coverage.maladie(), Optional.empty(), List.of(item("SV1", "2200000", "10.00")), Optional.of(RenewalIndicator.RI))));
        assertEquals(PricingException.Reason.INVALID_VALUE, initial.reason());

        PricingException adapted = assertThrows(PricingException.class, () -> rule.price(new PricingRequest("optician", SEED_DAY,
                Coverage.maladie(), Optional.empty(), List.of(item("SV1", "2200000", "10.00")), Optional.of(RenewalIndicator.RA))));
        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, adapted.reason(), "no tariff recorded for the adaptation yet");
    }

    @Test
    void specialtyIsOptician() {
        assertEquals("optician", rule.specialty());
    }

    private String refusedField(ActLine line) {
        PricingException refused = assertThrows(PricingException.class, () -> rule.price(request(Coverage.maladie(), SEED_DAY, line)));
        assertEquals(PricingException.Reason.INVALID_VALUE, refused.reason());
        return refused.field();
    }

    private int rate(Coverage coverage) throws PricingException {
        return rule.price(request(coverage, SEED_DAY, item("M03", "7211674", "209.00"))).get(0).rate();
    }

    private static ActLine item(String code, String lpp, String price) {
        return new ActLine(code, Optional.of(lpp), 1, Optional.of(Money.parse(price)), BigDecimal.ONE);
    }

    private static LinePricing pricing(String net, String base, int rate) {
        return new LinePricing(Money.parse(net), Money.parse(base), rate);
    }

    private static PricingRequest request(Coverage coverage, LocalDate day, ActLine... lines) {
        return new PricingRequest("optician", day, coverage, Optional.empty(), List.of(lines));
    }
}
