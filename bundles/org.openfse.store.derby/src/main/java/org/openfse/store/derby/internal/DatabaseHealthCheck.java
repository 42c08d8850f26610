package org.openfse.store.derby.internal;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * "Base de données": pings the store and reports engine, schema version and location. The
 * store reference is optional so that the check reports a store that failed to start instead
 * of disappearing with it; it then says why when it can tell from the configuration alone (an
 * invalid setting, an encrypted database without its boot password).
 */
@Component(service = HealthCheck.class, configurationPid = DerbyStore.PID)
public final class DatabaseHealthCheck implements HealthCheck {

    static final int ORDER = 30;

    private final AtomicReference<Store> store = new AtomicReference<>();
    private final String whyAbsent;

    @Activate
    public DatabaseHealthCheck(DerbyStoreConfig config, BundleContext context) {
        this.whyAbsent = whyAbsent(config, DataFolders.resolve(config.dataFolder(),
                context.getProperty(DataFolders.FRAMEWORK_PROPERTY), System.getProperty("user.home")));
    }

    /** What the configuration alone says against starting the store, or {@code null}. */
    static String whyAbsent(DerbyStoreConfig config, Path data) {
        StoreOptions options;
        try {
            options = StoreOptions.from(config, data);
        } catch (StoreException e) {
            return e.getLocalizedMessage();
        }
        if (options.mode() != StoreMode.CLIENT && options.bootPassword().isEmpty()
                && DerbyDatabase.isEncrypted(options.databaseFolder())) {
            return Messages.get("open.encrypted.noPassword", options.databaseFolder().toString());
        }
        return null;
    }

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
        Store current = store.get();
        if (current == null && whyAbsent != null) {
            return new HealthResult(Messages.get("health.database.subject"), false, whyAbsent);
        }
        return DatabaseCheck.run(current);
    }
}
