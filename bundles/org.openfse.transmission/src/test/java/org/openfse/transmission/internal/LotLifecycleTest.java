package org.openfse.transmission.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.lot.LotState;

/** Exactly the lot moves of the brief (states of seed 002) are allowed, over every pair of states. */
class LotLifecycleTest {

    private static final Set<String> ALLOWED = Set.of(
            "IN_LOT>FILE_CREATED", "IN_LOT>ERROR",
            "FILE_CREATED>SENT", "FILE_CREATED>RESENT", "FILE_CREATED>ERROR",
            "SENT>DELIVERED", "SENT>ARL_POSITIVE", "SENT>ARL_NEGATIVE", "SENT>PROVISIONAL_ACK", "SENT>NO_ARL_MANUAL",
            "SENT>NO_ARL_RESEND", "SENT>NOT_DELIVERED", "SENT>ERROR", "SENT>RSP",
            "RESENT>DELIVERED", "RESENT>ARL_POSITIVE", "RESENT>ARL_NEGATIVE", "RESENT>PROVISIONAL_ACK",
            "RESENT>NO_ARL_MANUAL", "RESENT>NO_ARL_RESEND", "RESENT>NOT_DELIVERED", "RESENT>ERROR", "RESENT>RSP",
            "DELIVERED>ARL_POSITIVE", "DELIVERED>ARL_NEGATIVE", "DELIVERED>PROVISIONAL_ACK", "DELIVERED>NO_ARL_MANUAL",
            "DELIVERED>NO_ARL_RESEND", "DELIVERED>RSP",
            "PROVISIONAL_ACK>ARL_POSITIVE", "PROVISIONAL_ACK>ARL_NEGATIVE", "PROVISIONAL_ACK>NO_ARL_MANUAL",
            "PROVISIONAL_ACK>NO_ARL_RESEND",
            "ARL_POSITIVE>RSP", "ARL_POSITIVE>ACQUITTED", "ARL_POSITIVE>REJECTED",
            "RSP>ACQUITTED",
            "ARL_NEGATIVE>RESENT", "ARL_NEGATIVE>REJECTED", "ARL_NEGATIVE>ERROR",
            "NO_ARL_RESEND>RESENT", "NO_ARL_RESEND>ARL_POSITIVE", "NO_ARL_RESEND>ARL_NEGATIVE", "NO_ARL_RESEND>ERROR",
            "NO_ARL_MANUAL>ARL_POSITIVE", "NO_ARL_MANUAL>ARL_NEGATIVE", "NO_ARL_MANUAL>RESENT",
            "NO_ARL_MANUAL>NO_ARL_RESEND", "NO_ARL_MANUAL>ERROR",
            "NOT_DELIVERED>RESENT", "NOT_DELIVERED>REJECTED", "NOT_DELIVERED>ERROR",
            "ERROR>SENT", "ERROR>RESENT");

    private final LotLifecycle service = new LotLifecycle();

    static Stream<Arguments> everyPair() {
        return Arrays.stream(LotState.values())
                .flatMap(from -> Arrays.stream(LotState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void exactlyTheTableIsAllowed(LotState from, LotState to) {
        boolean expected = ALLOWED.contains(from + ">" + to);

        assertEquals(expected, service.nextStates(from).contains(to));
        if (expected) {
            assertDoesNotThrow(() -> service.requireTransition(from, to));
        } else {
            IllegalTransitionException refused =
                    assertThrows(IllegalTransitionException.class, () -> service.requireTransition(from, to));
            assertEquals(from.name(), refused.from());
            assertEquals(to.name(), refused.to());
        }
    }

    @Test
    void rejectedAndAcquittedAreFinal() {
        assertEquals(Set.of(), service.nextStates(LotState.REJECTED));
        assertEquals(Set.of(), service.nextStates(LotState.ACQUITTED));
    }

    @Test
    void seed002UsualPath() {
        // seed 002: "Lot expédié -> ARL positif reçu -> RSP", after mise en lot and mise en fichier
        LotState[] path = {LotState.IN_LOT, LotState.FILE_CREATED, LotState.SENT, LotState.ARL_POSITIVE, LotState.RSP,
            LotState.ACQUITTED};
        for (int i = 1; i < path.length; i++) {
            LotState from = path[i - 1];
            LotState to = path[i];
            assertDoesNotThrow(() -> service.requireTransition(from, to), from + " -> " + to);
        }
    }

    @Test
    void refusedSamples() {
        // a lot is never sent before its file exists, and an acquitted lot is never sent again
        assertThrows(IllegalTransitionException.class, () -> service.requireTransition(LotState.IN_LOT, LotState.SENT));
        assertThrows(IllegalTransitionException.class,
                () -> service.requireTransition(LotState.ACQUITTED, LotState.RESENT));
        assertThrows(IllegalTransitionException.class,
                () -> service.requireTransition(LotState.ARL_POSITIVE, LotState.ARL_NEGATIVE));
    }
}
