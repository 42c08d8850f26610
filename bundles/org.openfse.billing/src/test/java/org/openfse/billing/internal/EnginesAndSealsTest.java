package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecureRequest;
import org.openfse.core.sesam.SecuredInvoice;
import org.openfse.core.sesam.SesamEngine;

class EnginesAndSealsTest {

    private record Named(String id) implements SesamEngine {
        @Override
        public boolean certified() {
            return false;
        }

        @Override
        public Set<SecureMode> supportedModes() {
            return Set.of();
        }

        @Override
        public SecuredInvoice secure(SecureRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean verify(SecuredInvoice invoice) {
            return false;
        }
    }

    @Test
    void theHighestRankingSecures() {
        Engines<SesamEngine> engines = new Engines<>(SesamEngine::id);
        Named reference = new Named("openfse-reference");
        Named certified = new Named("certified");
        engines.add(reference, Map.of("service.ranking", -100, "service.id", 5L));
        engines.add(certified, Map.of("service.ranking", 10, "service.id", 9L));

        assertEquals(Optional.of(certified), engines.best());
        assertEquals(Optional.of(reference), engines.byId("openfse-reference"));

        engines.remove(certified);
        assertEquals(Optional.of(reference), engines.best());
    }

    @Test
    void amongEqualsTheOldestServiceWins() {
        Engines<SesamEngine> engines = new Engines<>(SesamEngine::id);
        Named young = new Named("young");
        Named old = new Named("old");
        engines.add(young, Map.of("service.id", 20L));
        engines.add(old, Map.of("service.id", 3L));

        assertEquals(Optional.of(old), engines.best());
    }

    @Test
    void noEngine() {
        assertTrue(new Engines<>(SesamEngine::id).best().isEmpty());
    }

    @Test
    void aPendingFirstStepIsReadBack() {
        java.util.Optional<org.openfse.core.sesam.PendingSecuring> pending = Seals.parsePending(
                "openfse-reference 991000001 2024-05-28T09:15:00Z AQID BAU=", new org.openfse.core.InvoiceNumber(254));

        assertEquals("openfse-reference", pending.get().engineId());
        assertEquals("991000001", pending.get().psNumber());
        assertEquals(java.time.Instant.parse("2024-05-28T09:15:00Z"), pending.get().startedAt());
        assertArrayEquals(new byte[] {1, 2, 3}, pending.get().content());
        assertArrayEquals(new byte[] {4, 5}, pending.get().seal());
        assertTrue(Seals.parsePending("openfse-reference 991000001 hier AQID BAU=", new org.openfse.core.InvoiceNumber(254))
                .isEmpty());
        assertTrue(Seals.parsePending("too few", new org.openfse.core.InvoiceNumber(254)).isEmpty());
    }

    @Test
    void aSealIsReadBack() {
        Optional<Seals.Seal> seal = Seals.parse("openfse-reference AQID");

        assertEquals("openfse-reference", seal.get().engineId());
        assertArrayEquals(new byte[] {1, 2, 3}, seal.get().value());
        assertTrue(Seals.parse("garbage").isEmpty());
        assertTrue(Seals.parse("engine !!notbase64").isEmpty());
    }
}
