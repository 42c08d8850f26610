package org.openfse.ui.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;

/** French amounts: a no-break space between thousands, a comma before the cents (seed 002 lists "415,00", "100,09"). */
class FrenchFormatTest {

    private static final String NB = "\u00a0";

    @Test
    void amountsUseACommaAndGroupThousands() {
        assertEquals("0,00", FrenchFormat.amount(Money.ZERO));
        assertEquals("5,40", FrenchFormat.amount(Money.ofCents(540)));
        assertEquals("415,00", FrenchFormat.amount(Money.ofCents(41500)));
        assertEquals("1" + NB + "234,56", FrenchFormat.amount(Money.ofCents(123456)));
        assertEquals("1" + NB + "234" + NB + "567,89", FrenchFormat.amount(Money.ofCents(123456789)));
        assertEquals("100" + NB + "000,00", FrenchFormat.amount(Money.ofCents(10000000)));
    }

    @Test
    void negativeAmountsKeepTheirSign() {
        // Seed 002, Détail du virement: a régularisation of -4,69 and a retenue of -5,52.
        assertEquals("-4,69", FrenchFormat.amount(Money.ofCents(-469)));
        assertEquals("-1" + NB + "000,00", FrenchFormat.amount(Money.ofCents(-100000)));
    }

    @Test
    void eurosAddTheSignAfterANoBreakSpace() {
        assertEquals("1" + NB + "234,56" + NB + "€", FrenchFormat.euros(Money.ofCents(123456)));
        assertEquals("", FrenchFormat.euros(null));
    }

    @Test
    void bigDecimalsAreRoundedHalfUpToTheCent() {
        assertEquals("0,13", FrenchFormat.amount(new BigDecimal("0.125")));
        assertEquals("12,00", FrenchFormat.amount(new BigDecimal("12")));
        assertEquals("", FrenchFormat.amount((BigDecimal) null));
    }

    @Test
    void daysAndLotNumbers() {
        assertEquals("28/05/2024", FrenchFormat.day(LocalDate.of(2024, 5, 28)));
        assertEquals("", FrenchFormat.day((LocalDate) null));
        // Seed 002: lots 025, 026, 027.
        assertEquals("025", FrenchFormat.lotNumber(25));
    }
}
