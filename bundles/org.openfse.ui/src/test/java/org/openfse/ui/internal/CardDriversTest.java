package org.openfse.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;

class CardDriversTest {

    private static CardReaderService driver(String id) {
        return new CardReaderService() {
            @Override
            public String driverId() {
                return id;
            }

            @Override
            public List<CardReader> readers() {
                return List.of();
            }

            @Override
            public VitaleCard readVitale(String reader) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CpsCard readCps(String reader) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void verifyPin(String reader, char[] pin) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private final CardReaderService pcsc = driver("pcsc");
    private final CardReaderService demo = driver("demo");
    private final List<CardReaderService> byRanking = List.of(pcsc, demo);

    @Test
    void demoModeUsesTheDemoDriverAndProductionTheHighestRanking() {
        assertEquals(Optional.of(demo), CardDrivers.choose(byRanking, RunMode.DEMO, ""));
        assertEquals(Optional.of(pcsc), CardDrivers.choose(byRanking, RunMode.PRODUCTION, ""));
    }

    @Test
    void thePropertyForcesADriver() {
        assertEquals(Optional.of(pcsc), CardDrivers.choose(byRanking, RunMode.DEMO, "pcsc"));
        assertEquals(Optional.of(pcsc), CardDrivers.choose(byRanking, RunMode.DEMO, "absent"), "unknown id: highest ranking");
        assertEquals(Optional.empty(), CardDrivers.choose(List.of(), RunMode.DEMO, "pcsc"));
    }
}
