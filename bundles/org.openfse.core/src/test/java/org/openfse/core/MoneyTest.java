package org.openfse.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesAndPrintsTwoDecimals() {
        assertEquals(41500, Money.parse("415").cents());
        assertEquals("415.00", Money.parse("415").toString());
        assertEquals("-0.05", Money.ofCents(-5).toString());
        assertEquals("0.09", Money.parse("0.09").toString());
    }

    @Test
    void refusesThirdDecimal() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.005"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("abc"));
    }

    // Seed 002: a class B item has an LPP base of 0.05 EUR and the AMO pays 60 %, shown as 0.03.
    @Test
    void roundsRatesHalfUpToTheCent() {
        assertEquals("0.03", Money.parse("0.05").percent(60).toString());
        // NGAP: AMI 3.15 x coefficient 1.5 = 4.725 -> 4.73
        assertEquals("4.73", Money.parse("3.15").times(new BigDecimal("1.5")).toString());
    }
}
