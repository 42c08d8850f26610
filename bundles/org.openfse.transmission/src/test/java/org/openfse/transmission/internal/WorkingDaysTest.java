package org.openfse.transmission.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openfse.core.lot.LotNumbers;
import org.openfse.core.lot.WorkingDays;

/**
 * French working days (L3133-1 Code du travail) and the R161-47 delays, with dates checked on a
 * calendar: Easter Sunday 2024 = 31 March, 2025 = 20 April, 2026 = 5 April (published dates).
 */
class WorkingDaysTest {

    @Test
    void easterSundays() {
        assertEquals(LocalDate.of(2024, 3, 31), WorkingDays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), WorkingDays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), WorkingDays.easterSunday(2026));
    }

    @Test
    void movableAndFixedHolidays2024() {
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2024, 4, 1))); // lundi de Pâques
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2024, 5, 9))); // Ascension
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2024, 5, 20))); // lundi de Pentecôte
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2024, 7, 14)));
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2024, 11, 11)));
        assertFalse(WorkingDays.isPublicHoliday(LocalDate.of(2024, 3, 29))); // Good Friday: Alsace-Moselle only
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2024, 6, 1))); // Saturday
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2024, 5, 28))); // seed 002 "date du jour"
    }

    @Test
    void threeWorkingDaysOverTheAscensionBridge() {
        // Tue 7 May 2024 + 3: Wed 8 May and Thu 9 May are holidays -> Fri 10, Mon 13, Tue 14
        assertEquals(LocalDate.of(2024, 5, 14), WorkingDays.plus(LocalDate.of(2024, 5, 7), 3));
    }

    @Test
    void eightWorkingDaysFromSeed002Day() {
        // Tue 28 May 2024 + 8: 29, 30, 31 May, 3, 4, 5, 6, 7 June (no holiday) -> Fri 7 June
        assertEquals(LocalDate.of(2024, 6, 7), WorkingDays.plus(LocalDate.of(2024, 5, 28), 8));
        assertEquals(8, WorkingDays.between(LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 7)));
    }

    @Test
    void lotNumbersRollOverFrom999To001() {
        assertEquals(26, LotNumbers.next(25));
        assertEquals(1, LotNumbers.next(999));
        assertEquals("025", LotNumbers.format(25));
        assertEquals("999", LotNumbers.format(999));
    }
}
