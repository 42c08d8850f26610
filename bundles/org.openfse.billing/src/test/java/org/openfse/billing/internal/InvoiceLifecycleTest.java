package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.billing.InvoiceState;

/**
 * Exactly the moves of DOMAIN.md "Invoice lifecycle" (seed 002; reject handling from seeds 000/001)
 * are allowed, checked over every pair of states.
 */
class InvoiceLifecycleTest {

    /** The table as the brief writes it, one move per entry. */
    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>RATES_CHECKED", "DRAFT>CANCELLED",
            "RATES_CHECKED>DRAFT", "RATES_CHECKED>SECURED", "RATES_CHECKED>CANCELLED",
            "SECURED>IN_LOT", "SECURED>CANCELLED", "SECURED>DEFACTURED",
            "IN_LOT>SENT", "IN_LOT>SECURED",
            "SENT>ARL_POSITIVE", "SENT>ARL_NEGATIVE", "SENT>NO_ARL_EXPECTED",
            "ARL_NEGATIVE>SENT", "ARL_NEGATIVE>DEFACTURED",
            "ARL_POSITIVE>PAID", "ARL_POSITIVE>PARTLY_PAID", "ARL_POSITIVE>REJECTED", "ARL_POSITIVE>ANOMALY",
            "NO_ARL_EXPECTED>PAID", "NO_ARL_EXPECTED>PARTLY_PAID", "NO_ARL_EXPECTED>REJECTED",
            "NO_ARL_EXPECTED>ANOMALY",
            "PARTLY_PAID>PAID", "PARTLY_PAID>ANOMALY", "PARTLY_PAID>REJECTED",
            "ANOMALY>PAID",
            "REJECTED>DEFACTURED",
            "DEFACTURED>RECYCLED");

    /** French labels of the FSE list (seed 002: "Sécurisé", seed 000: "Défacturée", "Recyclée"). */
    private static final java.util.Map<InvoiceState, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry(InvoiceState.DRAFT, "Brouillon"),
            java.util.Map.entry(InvoiceState.RATES_CHECKED, "Taux vérifié"),
            java.util.Map.entry(InvoiceState.SECURED, "Sécurisée"),
            java.util.Map.entry(InvoiceState.IN_LOT, "Mise en lot"),
            java.util.Map.entry(InvoiceState.SENT, "Transmise"),
            java.util.Map.entry(InvoiceState.ARL_POSITIVE, "ARL positif reçu"),
            java.util.Map.entry(InvoiceState.ARL_NEGATIVE, "ARL négatif reçu"),
            java.util.Map.entry(InvoiceState.NO_ARL_EXPECTED, "Sans ARL attendu (dégradé)"),
            java.util.Map.entry(InvoiceState.PAID, "Payée"),
            java.util.Map.entry(InvoiceState.PARTLY_PAID, "Partiellement payée"),
            java.util.Map.entry(InvoiceState.REJECTED, "Rejetée"),
            java.util.Map.entry(InvoiceState.ANOMALY, "En anomalie"),
            java.util.Map.entry(InvoiceState.CANCELLED, "Annulée"),
            java.util.Map.entry(InvoiceState.DEFACTURED, "Défacturée"),
            java.util.Map.entry(InvoiceState.RECYCLED, "Recyclée"));

    /** The final states of DOMAIN.md: paid, cancelled, recycled. */
    private static final Set<InvoiceState> FINAL = Set.of(InvoiceState.PAID, InvoiceState.CANCELLED, InvoiceState.RECYCLED);

    private final InvoiceLifecycle lifecycle = new InvoiceLifecycle();

    static Stream<Arguments> everyPair() {
        return Arrays.stream(InvoiceState.values())
                .flatMap(from -> Arrays.stream(InvoiceState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void exactlyTheTableIsAllowed(InvoiceState from, InvoiceState to) {
        boolean expected = ALLOWED.contains(from + ">" + to);

        assertEquals(expected, lifecycle.allows(from, to));
        assertEquals(expected, lifecycle.nextStates(from).contains(to));
        if (expected) {
            assertDoesNotThrow(() -> lifecycle.requireTransition(from, to));
        } else {
            IllegalTransitionException refused =
                    assertThrows(IllegalTransitionException.class, () -> lifecycle.requireTransition(from, to));
            assertEquals(from.name(), refused.from());
            assertEquals(to.name(), refused.to());
            String expectedStart = FINAL.contains(from)
                    ? "Changement d'état impossible : une facture « " + LABELS.get(from) + " » ne change plus d'état (demandé : « "
                            + LABELS.get(to) + " »)."
                    : "Changement d'état impossible : une facture « " + LABELS.get(from) + " » ne peut pas devenir « "
                            + LABELS.get(to) + " ». Depuis « " + LABELS.get(from) + " », elle peut devenir : ";
            assertTrue(refused.getMessage().startsWith(expectedStart), refused.getMessage());
            IllegalTransitionException named = assertThrows(IllegalTransitionException.class,
                    () -> lifecycle.requireTransition("000000254", from, to));
            assertTrue(named.getMessage().startsWith("Facture n° 000000254 : changement d'état impossible"), named.getMessage());
        }
    }

    @Test
    void theRefusalListsWhereTheInvoiceCanGo() {
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> lifecycle.requireTransition(InvoiceState.SENT, InvoiceState.DEFACTURED));
        assertEquals("Changement d'état impossible : une facture « Transmise » ne peut pas devenir « Défacturée ». Depuis"
                + " « Transmise », elle peut devenir : « ARL positif reçu », « ARL négatif reçu », « Sans ARL attendu"
                + " (dégradé) ».", refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(InvoiceState.class)
    void everyStateHasItsFrenchLabel(InvoiceState state) {
        assertEquals(LABELS.get(state), lifecycle.label(state));
    }

    @ParameterizedTest
    @EnumSource(InvoiceState.class)
    void theFinalStatesAreThoseOfTheDomain(InvoiceState state) {
        assertEquals(FINAL.contains(state), lifecycle.nextStates(state).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(InvoiceState.class)
    void finalStatesAreThoseOfTheCoreEnum(InvoiceState state) {
        assertEquals(state.isFinal(), lifecycle.nextStates(state).isEmpty());
    }

    @Test
    void refusedSamples() {
        // seed 000: a sent invoice is not défacturée while the caisse handles it, only once rejected
        assertThrows(IllegalTransitionException.class,
                () -> lifecycle.requireTransition(InvoiceState.SENT, InvoiceState.DEFACTURED));
        assertThrows(IllegalTransitionException.class,
                () -> lifecycle.requireTransition(InvoiceState.ARL_POSITIVE, InvoiceState.DEFACTURED));
        // cancelled only before transmission
        assertThrows(IllegalTransitionException.class,
                () -> lifecycle.requireTransition(InvoiceState.SENT, InvoiceState.CANCELLED));
        // securing needs the rate check first
        assertThrows(IllegalTransitionException.class,
                () -> lifecycle.requireTransition(InvoiceState.DRAFT, InvoiceState.SECURED));
        // a recycled invoice never comes back
        assertThrows(IllegalTransitionException.class,
                () -> lifecycle.requireTransition(InvoiceState.RECYCLED, InvoiceState.DRAFT));
    }

    @Test
    void nextStatesCannotBeChangedByACaller() {
        assertThrows(UnsupportedOperationException.class,
                () -> lifecycle.nextStates(InvoiceState.DRAFT).add(InvoiceState.PAID));
    }
}
