package org.openfse.tariff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankedRegistryTest {

    private final RankedRegistry<String> registry = new RankedRegistry<>();

    @Test
    void theHighestRankingWinsAndItsRemovalFallsBack() {
        registry.put("shipped", "nurse", properties(1L, null));
        registry.put("certified", "nurse", properties(2L, 10));

        assertEquals(Optional.of("certified"), registry.best("nurse"));

        registry.remove(properties(2L, 10));
        assertEquals(Optional.of("shipped"), registry.best("nurse"));
    }

    @Test
    void onEqualRankingTheOldestServiceWins() {
        registry.put("newer", "doctor", properties(9L, 0));
        registry.put("older", "doctor", properties(3L, 0));

        assertEquals(Optional.of("older"), registry.best("doctor"));
    }

    @Test
    void aRankingChangeIsTakenIntoAccount() {
        registry.put("a", "optician", properties(1L, 0));
        registry.put("b", "optician", properties(2L, 0));
        registry.put("b", "optician", properties(2L, 5));

        assertEquals(Optional.of("b"), registry.best("optician"));
    }

    @Test
    void listsTheSpecialtiesServed() {
        registry.put("a", "optician", properties(1L, 0));
        registry.put("b", "nurse", properties(2L, 0));
        registry.remove(properties(1L, 0));

        assertEquals(Set.of("nurse"), registry.specialties());
        assertTrue(registry.best("optician").isEmpty());
    }

    @Test
    void refusesAServiceWithoutId() {
        assertThrows(IllegalArgumentException.class, () -> registry.put("a", "nurse", Map.of()));
    }

    static Map<String, Object> properties(long serviceId, Integer ranking) {
        return ranking == null ? Map.of("service.id", serviceId) : Map.of("service.id", serviceId, "service.ranking", ranking);
    }
}
