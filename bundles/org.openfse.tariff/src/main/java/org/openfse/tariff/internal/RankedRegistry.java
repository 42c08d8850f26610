package org.openfse.tariff.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Constants;

/**
 * Services of one kind by specialty, as DS binds and unbinds them. When several serve the same
 * specialty, the highest {@code service.ranking} wins, then the oldest service (lowest
 * {@code service.id}), so a certified or customised rule registered with a higher ranking
 * replaces the shipped one. Reads are lock-free on an immutable snapshot.
 *
 * @param <T> the service type
 */
final class RankedRegistry<T> {

    private record Candidate<T>(T service, String specialty, int ranking, long serviceId) {
        boolean beats(Candidate<T> other) {
            return ranking != other.ranking ? ranking > other.ranking : serviceId < other.serviceId;
        }
    }

    private final Map<Long, Candidate<T>> candidates = new ConcurrentHashMap<>();
    private volatile Map<String, T> best = Map.of();

    /** Adds a service, or replaces it when its properties changed. */
    void put(T service, String specialty, Map<String, ?> properties) {
        long id = serviceId(properties);
        candidates.put(id, new Candidate<>(service, specialty, ranking(properties), id));
        refresh();
    }

    /** Removes the service registered with these properties. */
    void remove(Map<String, ?> properties) {
        candidates.remove(serviceId(properties));
        refresh();
    }

    /** The winning service of the specialty. */
    Optional<T> best(String specialty) {
        return Optional.ofNullable(best.get(specialty));
    }

    /** The specialties served now. */
    Set<String> specialties() {
        return best.keySet();
    }

    private synchronized void refresh() {
        Map<String, Candidate<T>> winners = new HashMap<>();
        for (Candidate<T> candidate : candidates.values()) {
            winners.merge(candidate.specialty(), candidate, (a, b) -> a.beats(b) ? a : b);
        }
        Map<String, T> snapshot = new HashMap<>();
        winners.forEach((specialty, candidate) -> snapshot.put(specialty, candidate.service()));
        best = Collections.unmodifiableMap(snapshot);
    }

    private static long serviceId(Map<String, ?> properties) {
        Object id = properties.get(Constants.SERVICE_ID);
        if (!(id instanceof Long value)) {
            throw new IllegalArgumentException("service without " + Constants.SERVICE_ID);
        }
        return value;
    }

    private static int ranking(Map<String, ?> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer value ? value : 0;
    }
}
