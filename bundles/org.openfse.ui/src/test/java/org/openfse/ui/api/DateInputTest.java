package org.openfse.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden examples of seed 004, "19.1 Saisir une date", and DOMAIN.md "Everyday ergonomics": the day
 * only completes month and year, day and month without separator ({@code 3103}) complete the year,
 * "Vide" clears the date. (The seed prints "3103 tabulation inscrira 30/03/2006": the manual was
 * written in 2006 and its "30" contradicts its own rule "le jour suivi du mois"; DOMAIN.md and
 * issue 7 read it as 31/03 of the current year, as here.)
 */
class DateInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theDayOnlyIsADayOfTheCurrentMonth() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 7)), DateInput.parse("7", TODAY));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 7)), DateInput.parse("07", TODAY));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), DateInput.parse("30", TODAY));
    }

    @Test
    void dayAndMonthWithoutSeparatorAreADayOfTheCurrentYear() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), DateInput.parse("3103", TODAY));
        // Seed 004 was written in 2006: the same keys then gave March 31st, 2006.
        assertEquals(Optional.of(LocalDate.of(2006, 3, 31)), DateInput.parse("3103", LocalDate.of(2006, 6, 1)));
        // Seed 002: billing on 29/05/2024, the day after an ADRi query of 28/05/2024.
        assertEquals(Optional.of(LocalDate.of(2024, 5, 29)), DateInput.parse("2905", LocalDate.of(2024, 5, 28)));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), DateInput.parse("31/03", TODAY));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), DateInput.parse("1.3", TODAY));
    }

    @Test
    void fullDatesAreReadWithOrWithoutSeparators() {
        // Seed 002: "Né(e) le 15/06/1955", invoice 253 "en date du 28/05/2024".
        assertEquals(Optional.of(LocalDate.of(1955, 6, 15)), DateInput.parse("15/06/1955", TODAY));
        assertEquals(Optional.of(LocalDate.of(1955, 6, 15)), DateInput.parse("15061955", TODAY));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 28)), DateInput.parse("28-05-2024", TODAY));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 28)), DateInput.parse(" 28 05 2024 ", TODAY));
    }

    @Test
    void twoDigitYearsAreAtMostTenYearsAhead() {
        assertEquals(Optional.of(LocalDate.of(2024, 5, 28)), DateInput.parse("28/05/24", TODAY));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 28)), DateInput.parse("280524", TODAY));
        assertEquals(Optional.of(LocalDate.of(2036, 1, 1)), DateInput.parse("010136", TODAY));
        assertEquals(Optional.of(LocalDate.of(1937, 1, 1)), DateInput.parse("010137", TODAY));
        assertEquals(Optional.of(LocalDate.of(1955, 6, 15)), DateInput.parse("150655", TODAY));
    }

    @Test
    void nothingIsNoDate() {
        assertEquals(Optional.empty(), DateInput.parse("", TODAY));
        assertEquals(Optional.empty(), DateInput.parse("   ", TODAY));
        assertEquals(Optional.empty(), DateInput.parse(null, TODAY));
        assertEquals("", DateInput.format(Optional.empty()));
        assertEquals("31/03/2026", DateInput.format(Optional.of(LocalDate.of(2026, 3, 31))));
    }

    @Test
    void datesThatDoNotExistAreRefusedInFrench() {
        DateInput.InvalidDateException february = assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse("3102", TODAY));
        assertEquals("La date « 3102 » n'existe pas : il n'y a pas de 31 en 02/2026.", february.getMessage());
        assertEquals("3102", february.input());
        DateInput.InvalidDateException leap = assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse("29/02/2025", TODAY));
        assertEquals("La date « 29/02/2025 » n'existe pas : il n'y a pas de 29 en 02/2025.", leap.getMessage());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateInput.parse("29/02/2024", TODAY));
        DateInput.InvalidDateException month = assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse("0113", TODAY));
        assertEquals("La date « 0113 » n'existe pas : le mois 13 n'existe pas (1 à 12).", month.getMessage());
        assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse("0", TODAY));
        assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse("00/01/2024", TODAY));
    }

    @Test
    void textThatIsNotADateIsRefusedInFrench() {
        for (String input : new String[] {"abc", "123", "12345", "1234567", "31/03/202", "31//03", "demain"}) {
            DateInput.InvalidDateException e = assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse(input, TODAY), input);
            assertEquals("« " + input + " » n'est pas une date : tapez le jour (7), le jour et le mois (3103) ou la date complète (31/03/2024).",
                    e.getMessage());
        }
    }
}
