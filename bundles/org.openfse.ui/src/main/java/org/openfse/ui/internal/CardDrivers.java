package org.openfse.ui.internal;

import java.util.List;
import java.util.Optional;
import org.openfse.core.card.CardReaderService;

/**
 * Chooses the card driver the screens use. Drivers come ordered by service ranking, highest
 * first. The framework property {@value #PROPERTY} names a driver to use whatever the mode (for
 * example {@code pcsc} to try the virtual cards of docs/card-profile.md in demo mode); otherwise demo
 * mode prefers the demo driver, so that the demo cards are used even when a PC/SC daemon runs, and
 * production takes the highest ranking one.
 */
public final class CardDrivers {

    /** Driver id of the in-process demo cards. */
    public static final String DEMO = "demo";
    /** Framework property naming the driver to use. */
    public static final String PROPERTY = "openfse.card.driver";

    private CardDrivers() {
    }

    public static Optional<CardReaderService> choose(List<CardReaderService> byRanking, RunMode mode) {
        return choose(byRanking, mode, System.getProperty(PROPERTY, ""));
    }

    static Optional<CardReaderService> choose(List<CardReaderService> byRanking, RunMode mode, String wanted) {
        if (byRanking == null || byRanking.isEmpty()) {
            return Optional.empty();
        }
        String preferred = !wanted.isBlank() ? wanted.trim() : mode == RunMode.DEMO ? DEMO : "";
        for (CardReaderService driver : byRanking) {
            if (driver.driverId().equals(preferred)) {
                return Optional.of(driver);
            }
        }
        return Optional.of(byRanking.get(0));
    }
}
