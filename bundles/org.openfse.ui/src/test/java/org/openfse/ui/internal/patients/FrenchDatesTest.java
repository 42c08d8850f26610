package org.openfse.ui.internal.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void typedDaysFollowTheShortcutsOfSeed004() {
        // seed 004, "Saisie des dates": 3103 then Tab gives 31/03 of the current year; a day alone, the current month
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), FrenchDates.day("3103", TODAY));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 15)), FrenchDates.day("15", TODAY));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 28)), FrenchDates.day("28/05/2024", TODAY));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 28)), FrenchDates.day("28052024", TODAY));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 28)), FrenchDates.day("280524", TODAY));
        assertEquals(Optional.empty(), FrenchDates.day("  ", TODAY));
    }

    @Test
    void anImpossibleOrUnreadableDayIsRefusedInFrench() {
        assertEquals("Date impossible : 31/02/2024",
                assertThrows(IllegalArgumentException.class, () -> FrenchDates.day("31/02/2024", TODAY)).getMessage());
        assertEquals("Date illisible : « 12-03 » (attendu JJ/MM/AAAA).",
                assertThrows(IllegalArgumentException.class, () -> FrenchDates.day("12-03", TODAY)).getMessage());
    }

    @Test
    void birthDatesKeepTheCardFormLunarDatesIncluded() {
        // core.card.Beneficiary: the card writes AAAAMMJJ; lunar dates (month above 12) are kept as they are
        assertEquals("19870624", FrenchDates.birthDate("24/06/1987"));
        assertEquals("19841315", FrenchDates.birthDate("15/13/1984"));
        assertEquals("20240231", FrenchDates.birthDate("31022024"));
        assertNull(FrenchDates.birthDate(""));
        assertEquals("15/13/1984", FrenchDates.showBirthDate("19841315"));
        assertThrows(IllegalArgumentException.class, () -> FrenchDates.birthDate("1987"));
    }
}
