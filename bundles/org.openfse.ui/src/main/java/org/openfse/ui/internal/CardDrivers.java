package org.openfse.ui.internal;

import java.util.List;
import java.util.Optional;
import org.openfse.core.card.CardReaderService;

/**
 * Chooses the card driver the screens use. Drivers come ordered by service ranking, highest
 * first; in demo mode the demo driver is preferred so that the demo cards are used even when a
 * PC/SC daemon runs.
 */
public final class CardDrivers {

    /** Driver id of the in-process demo cards. */
    public static final String DEMO = "demo";

    private CardDrivers() {
    }

    public static Optional<CardReaderService> choose(List<CardReaderService> byRanking, RunMode mode) {
        if (byRanking == null || byRanking.isEmpty()) {
            return Optional.empty();
        }
        if (mode == RunMode.DEMO) {
            for (CardReaderService driver : byRanking) {
                if (DEMO.equals(driver.driverId())) {
                    return Optional.of(driver);
                }
            }
        }
        return Optional.of(byRanking.get(0));
    }
}
