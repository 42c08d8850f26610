package org.openfse.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;

/** Calendar facts used as golden values: 2024 is a leap year, 2023 is not, February has no 31st. */
class DatesAndAmountsTest {

    @Test
    void anImpossibleTypedDateIsRefusedWithItsText() {
        Checked<LocalDate> result = DateText.parse("31/02/2024");
        assertFalse(result.isOk());
        assertEquals("Date impossible : 31/02/2024", result.problem().orElseThrow().message());
        assertEquals("Date impossible : 29/02/2023", DateText.parse("29/02/2023").problem().orElseThrow().message());
        assertEquals(LocalDate.of(2024, 2, 29), DateText.parse("29/02/2024").get());
        assertEquals(LocalDate.of(2024, 3, 1), DateText.parse(" 1/3/2024 ").get());
        assertEquals("date.format", DateText.parse("2024-03-01").problem().orElseThrow().code());
        assertEquals("date.format", DateText.parse(null).problem().orElseThrow().code());
    }

    @Test
    void lunarBirthDatesAreKeptAsTheCardWritesThem() {
        assertTrue(BirthDateValidator.check("20161332").isEmpty(), "month 13, day 32");
        assertTrue(BirthDateValidator.isLunar("20161332"));
        assertTrue(BirthDateValidator.check("19650035").isEmpty(), "day 35 in a month that does not exist");
        assertTrue(BirthDateValidator.check("19651510").isEmpty(), "month 15");
        assertTrue(BirthDateValidator.toCalendarDate("20161332").isEmpty());
        assertTrue(BirthDateValidator.check("19550615").isEmpty(), "seed 002: born 15/06/1955");
        assertEquals(LocalDate.of(1955, 6, 15), BirthDateValidator.toCalendarDate("19550615").orElseThrow());
        assertFalse(BirthDateValidator.isLunar("19550615"));
    }

    @Test
    void aCalendarLookingBirthDateMustExist() {
        assertEquals("Date impossible : 31/02/2024", BirthDateValidator.check("20240231").orElseThrow().message());
        assertEquals("Date impossible : 00/06/1955", BirthDateValidator.check("19550600").orElseThrow().message());
        assertEquals("birthdate.format", BirthDateValidator.check("1955061").orElseThrow().code());
        assertEquals("birthdate.format", BirthDateValidator.check("15/06/1955").orElseThrow().code());
        assertTrue(BirthDateValidator.check("2016133").orElseThrow().message().startsWith("Date de naissance illisible"));
    }

    @Test
    void amountsHaveAtMostTwoDecimals() {
        assertEquals(Money.ofCents(41500), AmountText.parse("415,00", false).get());
        assertEquals(Money.ofCents(1250), AmountText.parse("12.5", false).get());
        assertEquals(Money.ofCents(1_234_500), AmountText.parse("12 345", false).get());
        assertEquals(Money.ofCents(1200), AmountText.parse("12,000", false).get(), "trailing zeros are not decimals");
        assertEquals("Montant invalide : 12,345 a plus de deux décimales.",
                AmountText.parse("12,345", false).problem().orElseThrow().message());
        assertEquals("amount.format", AmountText.parse("12 €", false).problem().orElseThrow().code());
        assertEquals("amount.format", AmountText.parse("", false).problem().orElseThrow().code());
    }

    @Test
    void negativeAmountsOnlyWhereAllowed() {
        assertEquals("Montant négatif interdit : -1,00.", AmountText.parse("-1", false).problem().orElseThrow().message());
        assertEquals(Money.ofCents(-100), AmountText.parse("-1,00", true).get());
    }
}
