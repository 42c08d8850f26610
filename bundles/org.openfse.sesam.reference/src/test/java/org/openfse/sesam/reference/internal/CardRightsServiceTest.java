package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.rights.RightsStatus.Source;
import org.openfse.core.rights.RightsStatus.State;

class CardRightsServiceTest {

    /** Seed 002: rights read on 28/05/2024 cover 29/05/2023 to 28/05/2024. */
    private static final Period SEED_002_WINDOW = Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28));

    private final CardRightsService service = new CardRightsService();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2023-05-28, CLOSED", // the day before the window
        "2023-05-29, OPEN",   // first day of the window
        "2024-01-08, OPEN",
        "2024-05-28, OPEN",   // the query day, last day of the window
        "2024-05-29, CLOSED", // the next day: seed 002 says ADRi must be queried again
    })
    void seed002OneYearWindow(LocalDate careDay, State expected) {
        RightsStatus status = service.rightsOn(beneficiary(List.of(SEED_002_WINDOW)), careDay);

        assertEquals(expected, status.state());
        assertEquals(Source.CARD, status.source());
        assertEquals(expected == State.OPEN ? Optional.of(SEED_002_WINDOW) : Optional.empty(), status.period());
    }

    @Test
    void noPeriodOnTheCardIsUnknown() {
        RightsStatus status = service.rightsOn(beneficiary(List.of()), LocalDate.of(2024, 5, 28));
        assertEquals(new RightsStatus(State.UNKNOWN, Optional.empty(), Source.CARD), status);
    }

    @Test
    void theCoveringPeriodIsReturnedAmongSeveral() {
        Period old = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        Period open = Period.startingOn(LocalDate.of(2024, 1, 1));
        RightsStatus status = service.rightsOn(beneficiary(List.of(old, open)), LocalDate.of(2024, 5, 28));
        assertEquals(new RightsStatus(State.OPEN, Optional.of(open), Source.CARD), status);
    }

    @Test
    void aGapBetweenPeriodsIsClosed() {
        Period first = Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));
        Period second = Period.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 12, 31));
        RightsStatus status = service.rightsOn(beneficiary(List.of(first, second)), LocalDate.of(2023, 7, 14));
        assertEquals(State.CLOSED, status.state());
    }

    static Beneficiary beneficiary(List<Period> rights) {
        // seed 002: DESMAUX NATHALIE 15/06/1955, AMO 01-999-9999
        return new Beneficiary("DESMAUX", "NATHALIE", Optional.empty(), "19550615", 1, "00", "01", "999", "9999",
                rights);
    }
}
