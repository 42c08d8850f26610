package org.openfse.ui.followup.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate MAY_28 = LocalDate.of(2024, 5, 28);

    @Test
    void bothDaysAreIncluded() {
        Period period = new Period(JAN_1, MAY_28, " ", "");
        assertTrue(period.contains(JAN_1));
        assertTrue(period.contains(MAY_28));
        assertFalse(period.contains(MAY_28.plusDays(1)));
        assertFalse(period.contains(null));
        assertNull(period.psNumber());
        assertNull(period.organisme());
        assertThrows(IllegalArgumentException.class, () -> new Period(MAY_28, JAN_1, null, null));
    }

    @Test
    void theOrganismeMatchesWhateverTheSpaces() {
        // Seed 002: "01 349 9881" in the lists, typed "01349" by the user.
        Period period = new Period(JAN_1, MAY_28, null, "01349");
        assertTrue(period.organismeMatches("01 349 9881"));
        assertFalse(period.organismeMatches("10 349 0210", null));
        assertTrue(new Period(JAN_1, MAY_28, null, null).organismeMatches("anything"));
    }
}
