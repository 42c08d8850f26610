package org.openfse.billing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.Constants;

/**
 * The SESAM engines present (or their two-step désynchronisé services): securing uses the one of
 * highest {@code service.ranking} (the lowest service id among equals, as OSGi does); verifying a
 * seal uses the engine that made it, found by its id.
 *
 * @param <T> the service type
 */
final class Engines<T> {

    private record Entry<T>(T engine, int ranking, long serviceId) {
    }

    private final Comparator<Entry<T>> bestFirst = Comparator.<Entry<T>>comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private final List<Entry<T>> entries = new ArrayList<>();
    private final Function<T, String> idOf;

    Engines(Function<T, String> idOf) {
        this.idOf = Objects.requireNonNull(idOf, "idOf");
    }

    synchronized void add(T engine, Map<String, ?> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object id = properties.get(Constants.SERVICE_ID);
        entries.add(new Entry<>(Objects.requireNonNull(engine, "engine"), ranking instanceof Integer r ? r : 0,
                id instanceof Long l ? l : Long.MAX_VALUE));
        entries.sort(bestFirst);
    }

    synchronized void remove(T engine) {
        entries.removeIf(e -> e.engine() == engine);
    }

    synchronized Optional<T> best() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).engine());
    }

    synchronized Optional<T> byId(String engineId) {
        return entries.stream().map(Entry::engine).filter(e -> idOf.apply(e).equals(engineId)).findFirst();
    }
}
