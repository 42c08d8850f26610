package org.openfse.store.derby.internal;

import java.nio.file.Path;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreInfo;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link Store} on embedded Apache Derby, in {@code <data folder>/db}. The database is
 * created and migrated at activation and shut down at deactivation; a configuration change
 * restarts the component on the new folder.
 */
@Component(service = Store.class, configurationPid = DerbyStore.PID)
@Designate(ocd = DerbyStoreConfig.class)
public final class DerbyStore implements Store {

    /** Configuration PID, shared with the data folder health check. */
    public static final String PID = "org.openfse.store.derby";

    private final DerbyDatabase database;

    @Activate
    public DerbyStore(DerbyStoreConfig config, BundleContext context) {
        Path data = DataFolders.resolve(config.dataFolder(), context.getProperty(DataFolders.FRAMEWORK_PROPERTY),
                System.getProperty("user.home"));
        this.database = DerbyDatabase.open(new EmbeddedDriver(), data, BundleMigrations.load(context.getBundle()));
    }

    @Deactivate
    void deactivate() {
        database.close();
    }

    @Override
    public StoreInfo info() {
        return database.info();
    }

    @Override
    public boolean ping() {
        return database.ping();
    }

    @Override
    public Path backup(Path folder) {
        return database.backup(folder);
    }
}
