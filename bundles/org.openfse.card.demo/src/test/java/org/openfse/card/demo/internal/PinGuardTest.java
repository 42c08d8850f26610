package org.openfse.card.demo.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;

class PinGuardTest {

    private final PinGuard guard = new PinGuard("1234");

    private CardException wrong() {
        return assertThrows(CardException.class, () -> guard.verify("0000".toCharArray()));
    }

    @Test
    void theRightPinPasses() {
        assertDoesNotThrow(() -> guard.verify("1234".toCharArray()));
        assertEquals(3, guard.triesLeft());
    }

    @Test
    void aWrongPinTellsTheTriesLeft() {
        CardException first = wrong();
        assertEquals(Reason.WRONG_PIN, first.reason());
        assertEquals(2, first.triesLeft());

        CardException second = wrong();
        assertEquals(Reason.WRONG_PIN, second.reason());
        assertEquals(1, second.triesLeft());
    }

    @Test
    void aRightPinResetsTheCounter() throws CardException {
        wrong();
        wrong();
        guard.verify("1234".toCharArray());

        assertEquals(3, guard.triesLeft());
        assertEquals(2, wrong().triesLeft());
    }

    @Test
    void theThirdWrongPinBlocksTheCardForGood() {
        wrong();
        wrong();
        CardException third = wrong();

        assertEquals(Reason.PIN_BLOCKED, third.reason());
        assertEquals(0, third.triesLeft());
        CardException afterwards = assertThrows(CardException.class, () -> guard.verify("1234".toCharArray()));
        assertEquals(Reason.PIN_BLOCKED, afterwards.reason(), "even the right PIN");
    }

    @Test
    void prefixesAndLongerPinsAreWrong() {
        assertEquals(Reason.WRONG_PIN, assertThrows(CardException.class, () -> guard.verify("123".toCharArray())).reason());
        assertEquals(Reason.WRONG_PIN, assertThrows(CardException.class, () -> guard.verify("12345".toCharArray())).reason());
        assertEquals(Reason.PIN_BLOCKED, assertThrows(CardException.class, () -> guard.verify(new char[0])).reason());
    }

    @Test
    void concurrentWrongPinsCountEachTryOnce() throws Exception {
        int threads = 64;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Reason>> tries = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                tries.add(() -> {
                    try {
                        guard.verify("9999".toCharArray());
                        return null;
                    } catch (CardException e) {
                        return e.reason();
                    }
                });
            }
            List<Reason> reasons = new ArrayList<>();
            for (Future<Reason> f : pool.invokeAll(tries)) {
                reasons.add(f.get());
            }
            Map<Reason, Long> counts = reasons.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

            assertEquals(Map.of(Reason.WRONG_PIN, 2L, Reason.PIN_BLOCKED, (long) threads - 2), counts);
        } finally {
            pool.shutdownNow();
        }
    }
}
