package org.openfse.transmission.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openfse.core.transport.Transport;

/**
 * The transports by {@link Transport#id()}, and the default among them (idea of openHAB's
 * PersistenceServiceRegistryImpl, with a concurrent map since transports come and go at any time).
 *
 * <p>Default rules: when a default id is configured, the transport with that id, or none while it is
 * not registered (another transport is never used in its place: the user chose where lots go); with
 * no configured id and exactly one transport, that one; otherwise none.
 *
 * <p>Two transports with the same id are a configuration mistake. The first one registered is used;
 * the other waits and takes over if the first goes away, so removing one never leaves the id empty
 * while another is registered under it.
 */
final class TransportTable {

    private final ConcurrentMap<String, List<Transport>> byId = new ConcurrentHashMap<>();
    private volatile String defaultId = "";

    /** @return {@code false} when another transport already holds this id (the new one waits behind it) */
    boolean add(Transport transport) {
        String id = idOf(transport);
        List<Transport> holders = byId.compute(id, (key, current) -> {
            List<Transport> next = current == null ? new ArrayList<>() : new ArrayList<>(current);
            next.add(transport);
            return List.copyOf(next);
        });
        return holders.get(0) == transport;
    }

    void remove(Transport transport) {
        String id = idOf(transport);
        byId.computeIfPresent(id, (key, current) -> {
            List<Transport> rest = new ArrayList<>(current);
            rest.removeIf(held -> held == transport);
            return rest.isEmpty() ? null : List.copyOf(rest);
        });
    }

    /** Sets the configured default; {@code null} or blank means none. */
    void setDefaultId(String id) {
        defaultId = id == null ? "" : id.strip();
    }

    /** One transport per id, in the order of the ids. */
    Collection<Transport> all() {
        return byId.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(entry -> entry.getValue().get(0))
                .toList();
    }

    Optional<Transport> get(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id)).map(holders -> holders.get(0));
    }

    Optional<Transport> defaultTransport() {
        String configured = defaultId;
        if (!configured.isEmpty()) {
            return get(configured);
        }
        Collection<Transport> registered = all();
        return registered.size() == 1 ? Optional.of(registered.iterator().next()) : Optional.empty();
    }

    private static String idOf(Transport transport) {
        Objects.requireNonNull(transport, "transport");
        return Objects.requireNonNull(transport.id(), () -> "transport without id: " + transport.getClass().getName());
    }
}
