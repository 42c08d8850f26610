package org.openfse.store.derby.internal;

import java.nio.file.Path;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * "Dossier de données": the folder of the store's configuration. It does not need the
 * database, so it still reports when Derby cannot start.
 */
@Component(service = HealthCheck.class, configurationPid = DerbyStore.PID)
public final class DataFolderHealthCheck implements HealthCheck {

    static final int ORDER = 20;

    private final Path folder;

    @Activate
    public DataFolderHealthCheck(DerbyStoreConfig config, BundleContext context) {
        this.folder = DataFolders.resolve(config.dataFolder(), context.getProperty(DataFolders.FRAMEWORK_PROPERTY),
                System.getProperty("user.home"));
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public HealthResult run() {
        return DataFolderCheck.run(folder, DataFolderCheck.MIN_FREE_BYTES);
    }
}
