package org.openfse.transmission.internal.exchange;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.store.Store;
import org.openfse.core.transport.Transport;
import org.openfse.core.transport.TransportRegistry;
import org.openfse.core.transport.TransportRouter;
import org.openfse.model.api.Concentrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The rules of {@link TransportRouter}: concentrator, routes of the practice, default transport. */
@Component(service = TransportRouter.class)
public final class TransportRouterImpl implements TransportRouter {

    private final Store store;
    private final TransportRegistry registry;

    @Activate
    public TransportRouterImpl(@Reference Store store, @Reference TransportRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @Override
    public Optional<String> transportIdFor(String destination, long concentratorId) {
        Objects.requireNonNull(destination, "destination");
        return store.inTransaction("system", tx -> {
            if (concentratorId > 0) {
                Optional<Concentrator> concentrator = tx.repository(Concentrator.class).find(concentratorId);
                if (concentrator.isPresent() && concentrator.get().isTeletransmission()
                        && concentrator.get().getTransport() != null && !concentrator.get().getTransport().isBlank()) {
                    return Optional.of(concentrator.get().getTransport().strip());
                }
            }
            Optional<String> routed = RouteTable.parse(tx.setting(ROUTES_SETTING).orElse(null)).lookup(destination);
            if (routed.isPresent()) {
                return routed;
            }
            return registry.defaultTransport().map(Transport::id);
        });
    }

    @Override
    public Map<String, String> routes() {
        return store.inTransaction("system", tx -> RouteTable.parse(tx.setting(ROUTES_SETTING).orElse(null)).asMap());
    }

    @Override
    public void setRoute(String organismePrefix, String transportId) {
        if (!RouteTable.validPrefix(organismePrefix)) {
            throw new IllegalArgumentException("organisme prefix must be 2 to 9 digits: '" + organismePrefix + "'");
        }
        store.inTransaction(tx -> {
            RouteTable table = RouteTable.parse(tx.setting(ROUTES_SETTING).orElse(null)).with(organismePrefix, transportId);
            tx.putSetting(ROUTES_SETTING, table.format());
            return null;
        });
    }
}
