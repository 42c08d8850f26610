package org.openfse.store.derby.internal;

import java.nio.file.Path;
import java.sql.Driver;
import java.util.Set;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.core.store.StoreInfo;
import org.openfse.core.store.UnitOfWork;
import org.openfse.model.OpenfseModel;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link Store} on Apache Derby: embedded in {@code <data folder>/db} by default, shared with
 * the practice's other workstations in server mode, or reached on a server workstation in client
 * mode (configuration PID {@value #PID}). The database is opened and migrated at activation and
 * shut down at deactivation; a configuration change restarts the component. The work itself is
 * done by {@link StoreEngine}.
 */
@Component(service = Store.class, configurationPid = DerbyStore.PID)
@Designate(ocd = DerbyStoreConfig.class)
public final class DerbyStore implements Store {

    /** Configuration PID, shared with the health checks. */
    public static final String PID = "org.openfse.store.derby";

    static final String CLIENT_DRIVER = "org.apache.derby.client.ClientAutoloadedDriver";

    private final StoreEngine engine;

    @Activate
    public DerbyStore(DerbyStoreConfig config, BundleContext context) {
        Path data = DataFolders.resolve(config.dataFolder(), context.getProperty(DataFolders.FRAMEWORK_PROPERTY),
                System.getProperty("user.home"));
        StoreOptions options = StoreOptions.from(config, data);
        this.engine = new StoreEngine(new EmbeddedDriver(), options.mode() == StoreMode.CLIENT ? clientDriver() : null, options,
                BundleMigrations.load(context.getBundle()), ModelMapping.of(OpenfseModel.ePackage()));
    }

    /**
     * Derby's network client driver. Created by name because the class is exported to this
     * bundle only at run time, by the manifest-only fragment org.openfse.store.derby.client
     * (derbyclient's own manifest keeps the package private, and the compiler does not see
     * fragment exports); the import of org.apache.derby.client makes it visible here.
     */
    static Driver clientDriver() {
        try {
            return (Driver) Class.forName(CLIENT_DRIVER).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new StoreException("the Derby network client " + CLIENT_DRIVER + " is not available: " + e,
                    Messages.get("open.noClient"), e);
        }
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    @Override
    public StoreInfo info() {
        return engine.info();
    }

    @Override
    public boolean ping() {
        return engine.ping();
    }

    @Override
    public Path backup(Path folder) {
        return engine.backup(folder);
    }

    @Override
    public void restore(Path backup) {
        engine.restore(backup);
    }

    @Override
    public <R> R inTransaction(UnitOfWork<R> work) {
        return engine.inTransaction(work);
    }

    @Override
    public <R> R inTransaction(String actor, UnitOfWork<R> work) {
        return engine.inTransaction(actor, work);
    }

    @Override
    public Set<Class<?>> aggregateTypes() {
        return engine.aggregateTypes();
    }
}
