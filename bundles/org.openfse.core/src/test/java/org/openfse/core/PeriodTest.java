package org.openfse.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    // Seed 002: a rights query on 28/05/2024 returns rights from 29/05/2023 to 28/05/2024.
    @Test
    void adriWindowIsOneYearBackFromTheQueryDay() {
        Period window = Period.yearBefore(LocalDate.of(2024, 5, 28));
        assertEquals(LocalDate.of(2023, 5, 29), window.from());
        assertEquals(LocalDate.of(2024, 5, 28), window.to().orElseThrow());
        assertFalse(window.contains(LocalDate.of(2024, 5, 29)));
        assertTrue(window.contains(LocalDate.of(2023, 5, 29)));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThrows(IllegalArgumentException.class, () -> Period.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void openEndedPeriodContainsTheFuture() {
        assertTrue(Period.startingOn(LocalDate.of(2020, 1, 1)).contains(LocalDate.of(2099, 1, 1)));
    }
}
