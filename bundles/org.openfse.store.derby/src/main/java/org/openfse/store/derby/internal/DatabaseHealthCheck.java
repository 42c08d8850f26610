package org.openfse.store.derby.internal;

import java.util.concurrent.atomic.AtomicReference;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.openfse.core.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * "Base de données": pings the store and reports engine, schema version and location. The
 * store reference is optional so that the check reports a store that failed to start instead
 * of disappearing with it.
 */
@Component(service = HealthCheck.class)
public final class DatabaseHealthCheck implements HealthCheck {

    static final int ORDER = 30;

    private final AtomicReference<Store> store = new AtomicReference<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStore(Store newStore) {
        store.set(newStore);
    }

    void unbindStore(Store oldStore) {
        store.compareAndSet(oldStore, null);
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public HealthResult run() {
        return DatabaseCheck.run(store.get());
    }
}
