package org.openfse.tariff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;

class AmcSpreaderTest {

    private final AmcSpreader spreader = new AmcSpreader();

    // Seed 002, invoice 254: 100.00 over 103.00 / 103.00 / 209.00 -> 24.82 / 24.82 / 50.36.
    @Test
    void seedSplit() {
        assertEquals(amounts("24.82", "24.82", "50.36"),
                spreader.spread(Money.parse("100.00"), amounts("103.00", "103.00", "209.00"), amounts("102.97", "102.97", "208.97")));
    }

    // Remainder on the last line (DOMAIN.md): 1.00 in three equal parts is 0.33 / 0.33 / 0.34.
    @Test
    void remainderGoesToTheLastLine() {
        assertEquals(amounts("0.33", "0.33", "0.34"),
                spreader.spread(Money.parse("1.00"), amounts("1.00", "1.00", "1.00"), amounts("1.00", "1.00", "1.00")));
    }

    @Test
    void aLineWithoutNetAmountGetsNothingEvenWhenLast() {
        assertEquals(amounts("0.50", "0.50", "0.00"),
                spreader.spread(Money.parse("1.00"), amounts("10.00", "10.00", "0.00"), amounts("10.00", "10.00", "0.00")));
    }

    // Four half cents round up to 4 cents for 2 to give: the surplus is taken back from the end.
    @Test
    void roundingThatOvershootsIsTakenBackFromTheLastLines() {
        assertEquals(amounts("0.01", "0.01", "0.00", "0.00"),
                spreader.spread(Money.parse("0.02"), amounts("1.00", "1.00", "1.00", "1.00"), amounts("1.00", "1.00", "1.00", "1.00")));
    }

    @Test
    void aFullLineSendsItsShareToTheOthers() {
        assertEquals(amounts("0.00", "10.00"),
                spreader.spread(Money.parse("10.00"), amounts("10.00", "10.00"), amounts("0.00", "10.00")));
    }

    @Test
    void refusesMoreThanTheCapacities() {
        assertThrows(IllegalArgumentException.class,
                () -> spreader.spread(Money.parse("10.01"), amounts("10.00", "10.00"), amounts("5.00", "5.00")));
    }

    private static List<Money> amounts(String... texts) {
        return Arrays.stream(texts).map(Money::parse).toList();
    }
}
