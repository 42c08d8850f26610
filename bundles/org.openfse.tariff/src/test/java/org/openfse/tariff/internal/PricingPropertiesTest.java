package org.openfse.tariff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.ContractCeiling;
import org.openfse.tariff.spi.Texts;

/**
 * Properties that hold for any invoice, whatever the AMC mode (none, fixed amount, contract rates
 * with caps and ceiling, C2S): every line and the totals add up to the cent, no part is negative,
 * the AMO never pays more than the fee, a fixed AMC amount is given out exactly, caps and
 * ceilings hold. Random invoices come from fixed seeds, so a failure can be replayed.
 */
class PricingPropertiesTest {

    private final InvoicePricer pricer = new InvoicePricer(Texts.load(InvoicePricer.class, "org.openfse.tariff.internal.messages"));

    @ParameterizedTest
    @ValueSource(longs = {1L, 254L, 2024L, 9_876_543L})
    void partsAlwaysAddUpToTheCent(long seed) throws PricingException {
        Random random = new Random(seed);
        for (int round = 0; round < 3_000; round++) {
            String where = "seed " + seed + " round " + round;
            int size = 1 + random.nextInt(8);
            List<ActLine> lines = new ArrayList<>();
            List<LinePricing> pricings = new ArrayList<>();
            List<Money> participations = new ArrayList<>();
            long room = 0;
            for (int i = 0; i < size; i++) {
                lines.add(ActLine.of("X" + i));
                Money net = Money.ofCents(random.nextInt(5) == 0 ? 0 : random.nextInt(50_000));
                Money base = Money.ofCents(random.nextInt(3) == 0 ? 5 : random.nextInt(50_000));
                Optional<Money> limit = random.nextInt(4) == 0 ? Optional.of(net.plus(Money.ofCents(random.nextInt(3_000))))
                        : Optional.empty();
                int rate = new int[] {0, 60, 70, 90, 100}[random.nextInt(5)];
                Money participation = Money.ofCents(random.nextInt(4) == 0 ? random.nextInt(3_000) : 0);
                pricings.add(new LinePricing(net, base, rate, limit));
                participations.add(participation);
                Money amo = net.min(base).percent(rate).minus(participation).max(Money.ZERO);
                room += net.minus(amo).cents();
            }
            boolean c2s = random.nextBoolean();
            Optional<AmcRequest> amc;
            List<ContractCeiling> ceilings = new ArrayList<>();
            switch (random.nextInt(3)) {
                case 0 -> amc = Optional.empty();
                case 1 -> amc = Optional.of(new AmcRequest(Money.ofCents((long) (random.nextDouble() * room))));
                default -> {
                    Optional<Money> ceiling = random.nextBoolean() ? Optional.of(Money.ofCents(random.nextInt(60_000))) : Optional.empty();
                    amc = Optional.of(AmcRequest.contract(random.nextInt(400), ceiling, random.nextBoolean()));
                    List<Integer> group = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        if (random.nextBoolean()) {
                            group.add(i);
                        }
                    }
                    ceilings.add(new ContractCeiling(group, Money.ofCents(random.nextInt(80_000)), "test"));
                }
            }
            PricingRequest request = new PricingRequest("test", LocalDate.of(2025, 3, 1),
                    new Coverage(InsuranceNature.MALADIE, false, false, c2s), amc, lines);

            PricedInvoice invoice = pricer.price(request, pricings, participations, ceilings);

            Money net = Money.ZERO;
            for (int i = 0; i < size; i++) {
                PricedLine line = invoice.lines().get(i);
                assertEquals(line.net(), line.amo().plus(line.amc()).plus(line.patient()), where);
                assertFalse(line.amo().isNegative() || line.amc().isNegative() || line.patient().isNegative(),
                        "negative part, " + where + ": " + line);
                assertTrue(line.amo().compareTo(line.net()) <= 0, "AMO above the fee: " + line);
                net = net.plus(line.net());
            }
            assertEquals(net, invoice.amo().plus(invoice.amc()).plus(invoice.patient()));
            if (amc.isPresent() && !amc.get().byContract()) {
                assertEquals(amc.get().amount().orElseThrow(), invoice.amc(), where);
            }
            if (amc.isPresent() && amc.get().ceiling().isPresent()) {
                assertTrue(invoice.amc().compareTo(amc.get().ceiling().get()) <= 0, where);
            }
            if (amc.isPresent() && amc.get().byContract() && amc.get().responsible()) {
                for (ContractCeiling ceiling : ceilings) {
                    long amoPart = 0;
                    long paid = 0;
                    for (int i : ceiling.lines()) {
                        amoPart += invoice.lines().get(i).amo().cents();
                        paid += invoice.lines().get(i).amo().cents() + invoice.lines().get(i).amc().cents();
                    }
                    assertTrue(paid <= Math.max(ceiling.maximum().cents(), amoPart), "cap broken, " + where);
                }
            }
        }
    }
}
