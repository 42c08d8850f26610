package org.openfse.tariff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffRule;
import org.openfse.tariff.spi.ContractCeiling;
import org.openfse.tariff.spi.ContractCeilingRule;
import org.openfse.tariff.spi.ParticipationRule;

class TariffEngineImplTest {

    private final TariffEngineImpl engine = new TariffEngineImpl();

    @Test
    void refusesASpecialtyWithoutRuleNamingTheField() {
        engine.addRule(new FixedRule("nurse", "3.15"), RankedRegistryTest.properties(1L, null));

        PricingException refused = assertThrows(PricingException.class, () -> engine.price(request("dentist", ActLine.of("SC"))));

        assertEquals(PricingException.Reason.NO_RULE_FOR_SPECIALTY, refused.reason());
        assertEquals("specialty", refused.field());
        assertTrue(refused.getMessage().contains("dentist") && refused.getMessage().contains("nurse"), refused.getMessage());
    }

    @Test
    void pricesWithTheRuleOfTheSpecialtyAndItsParticipations() throws PricingException {
        engine.addRule(new FixedRule("doctor", "30.00"), RankedRegistryTest.properties(1L, null));
        engine.addParticipationRule(new FixedParticipation("doctor", "2.00"), RankedRegistryTest.properties(2L, null));

        PricedInvoice invoice = engine.price(request("doctor", ActLine.of("G")));

        assertEquals(Money.parse("19.00"), invoice.amo());
        assertEquals(Money.parse("11.00"), invoice.patient());
    }

    @Test
    void aParticipationRuleOfAnotherSpecialtyIsNotUsed() throws PricingException {
        engine.addRule(new FixedRule("doctor", "30.00"), RankedRegistryTest.properties(1L, null));
        engine.addParticipationRule(new FixedParticipation("nurse", "2.00"), RankedRegistryTest.properties(2L, null));

        assertEquals(Money.parse("21.00"), engine.price(request("doctor", ActLine.of("G"))).amo());
    }

    @Test
    void aHigherRankedRuleReplacesTheShippedOneAndLeavesWithIt() throws PricingException {
        engine.addRule(new FixedRule("doctor", "30.00"), RankedRegistryTest.properties(1L, null));
        engine.addRule(new FixedRule("doctor", "40.00"), RankedRegistryTest.properties(2L, 100));
        assertEquals(Money.parse("40.00"), engine.price(request("doctor", ActLine.of("G"))).net());

        engine.removeRule(null, RankedRegistryTest.properties(2L, 100));
        assertEquals(Money.parse("30.00"), engine.price(request("doctor", ActLine.of("G"))).net());
    }

    @Test
    void listsOneSpecialtyPerInstalledRule() {
        engine.addRule(new FixedRule("doctor", "30.00"), RankedRegistryTest.properties(1L, null));
        engine.addRule(new FixedRule("nurse", "3.15"), RankedRegistryTest.properties(2L, null));
        assertEquals(Set.of("doctor", "nurse"), engine.specialties());

        engine.removeRule(null, RankedRegistryTest.properties(2L, null));
        assertEquals(Set.of("doctor"), engine.specialties());
    }

    @Test
    void refusesAnInvoiceWithoutLines() {
        engine.addRule(new FixedRule("doctor", "30.00"), RankedRegistryTest.properties(1L, null));

        PricingException refused = assertThrows(PricingException.class, () -> engine.price(request("doctor")));

        assertEquals(PricingException.Reason.INVALID_VALUE, refused.reason());
        assertEquals("lines", refused.field());
    }

    @Test
    void aRuleThatForgetsLinesIsAProgrammingError() {
        TariffRule broken = new FixedRule("doctor", "30.00") {
            @Override
            public List<LinePricing> price(PricingRequest request) {
                return List.of();
            }
        };
        engine.addRule(broken, RankedRegistryTest.properties(1L, null));

        assertThrows(IllegalStateException.class, () -> engine.price(request("doctor", ActLine.of("G"))));
    }

    @Test
    void refusesAnUnknownExemptionSituationBeforeAskingTheRule() {
        engine.addRule(new FixedRule("doctor", "30.00"), RankedRegistryTest.properties(1L, null));
        Coverage coverage = new Coverage(InsuranceNature.MALADIE, false, false, false, Optional.of("99"), Set.of());

        PricingException refused = assertThrows(PricingException.class, () -> engine.price(new PricingRequest("doctor",
                LocalDate.of(2025, 1, 10), coverage, Optional.empty(), List.of(ActLine.of("G")))));

        assertEquals("coverage.exemption", refused.field());
    }

    @Test
    void theSpecialtysCapsApplyToContractsOfResponsibleContractsOnly() throws PricingException {
        engine.addRule(new FixedRule("optician", "200.00"), RankedRegistryTest.properties(1L, null));
        engine.addCeilingRule(new FixedCeiling("optician", "160.00"), RankedRegistryTest.properties(2L, null));

        assertEquals(Money.parse("20.00"), priceWith(AmcRequest.forfait(Money.parse("500.00"), true)).amc(), "AMO 140 + AMC 20 = cap 160");
        assertEquals(Money.parse("60.00"), priceWith(AmcRequest.forfait(Money.parse("500.00"), false)).amc(), "not responsible");
        assertEquals(Money.parse("60.00"), priceWith(new AmcRequest(Money.parse("60.00"))).amc(), "a fixed amount is not capped");
    }

    private PricedInvoice priceWith(AmcRequest amc) throws PricingException {
        return engine.price(new PricingRequest("optician", LocalDate.of(2025, 1, 10), Coverage.maladie(), Optional.of(amc),
                List.of(ActLine.of("M03"))));
    }

    private static PricingRequest request(String specialty, ActLine... lines) {
        return new PricingRequest(specialty, LocalDate.of(2025, 1, 10), Coverage.maladie(), Optional.empty(), List.of(lines));
    }

    /** Prices every line at one amount, 70 %. */
    private static class FixedRule implements TariffRule {
        private final String specialty;
        private final Money amount;

        FixedRule(String specialty, String amount) {
            this.specialty = specialty;
            this.amount = Money.parse(amount);
        }

        @Override
        public String specialty() {
            return specialty;
        }

        @Override
        public List<LinePricing> price(PricingRequest request) {
            return request.lines().stream().map(line -> new LinePricing(amount, amount, 70)).toList();
        }
    }

    /** Caps AMO + AMC of every line at one amount. */
    private record FixedCeiling(String specialty, String amount) implements ContractCeilingRule {
        @Override
        public List<ContractCeiling> ceilings(PricingRequest request, List<LinePricing> pricings) {
            List<ContractCeiling> caps = new java.util.ArrayList<>();
            for (int i = 0; i < pricings.size(); i++) {
                caps.add(new ContractCeiling(List.of(i), Money.parse(amount), "test"));
            }
            return caps;
        }
    }

    private record FixedParticipation(String specialty, String amount) implements ParticipationRule {
        @Override
        public List<Money> participations(PricingRequest request, List<LinePricing> pricings) {
            return pricings.stream().map(pricing -> Money.parse(amount)).toList();
        }
    }
}
