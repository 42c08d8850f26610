package org.openfse.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreInfo;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The real DS wiring of org.openfse.store.derby with Felix SCR, Config Admin and the Derby
 * bundle and its fragments: the store is configured on a fresh data folder through Config Admin,
 * then used through the service registry.
 *
 * <p>The store is a delayed component: it starts its database only when a consumer gets it.
 * The test gets only the registration that carries the test configuration (service property
 * {@value #MARKER}), so the store never starts on the default folder of the machine.
 */
@ExtendWith(ServiceExtension.class)
class DerbyStoreOsgiTest {

    private static final String PID = "org.openfse.store.derby";
    private static final String MARKER = "openfse.test";
    private static final String CONFIGURED = "(" + MARKER + "=store.derby.tests)";
    private static final String HEALTH_CHECKS = "(|" + CONFIGURED
            + "(component.name=org.openfse.store.derby.internal.DatabaseHealthCheck))";

    private static Path data;

    @BeforeAll
    static void configureTheStore(@InjectService ConfigurationAdmin configurationAdmin) throws IOException {
        // Under target/ (openfse.test.output, set by the build), so no cleanup races Derby's shutdown.
        Path output = Path.of(System.getProperty("openfse.test.output", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(output);
        data = Files.createTempDirectory(output, "derby-it-");
        Configuration configuration = configurationAdmin.getConfiguration(PID, "?");
        configuration.update(new Hashtable<>(Map.of("dataFolder", data.toString(), MARKER, "store.derby.tests")));
    }

    /*
     * The configuration is deliberately not deleted at the end: deleting it re-registers the store
     * with the default configuration, and the active "Base de données" health check (a greedy
     * consumer) would then start a database in ${user.home}/.openfse. The test framework and its
     * configuration area are thrown away after the run.
     */

    @Test
    void theStoreRunsOnTheConfiguredFolderWithTheSchemaMigrated(
            @InjectService(filter = CONFIGURED, timeout = 10_000) ServiceAware<Store> aware) {
        Store store = aware.getService();
        StoreInfo info = store.info();

        assertEquals("org.openfse.store.derby.internal.DerbyStore", aware.getServiceReference().getProperty("component.name"));
        assertEquals(data.resolve("db").toString(), info.location());
        assertTrue(Files.isRegularFile(data.resolve("db/service.properties")), "the database was created in <data>/db");
        assertTrue(info.schemaVersion() >= 1, "schema version " + info.schemaVersion());
        assertTrue(info.engine().startsWith("Apache Derby 10.17."), info.engine());
        assertTrue(store.ping());
    }

    @Test
    void aBackupIsACompleteDatabaseFolder(@InjectService(filter = CONFIGURED, timeout = 10_000) Store store) {
        Path copy = store.backup(data.resolve("backups/first"));

        assertEquals(data.resolve("backups/first/db"), copy);
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")), "Derby's backup holds service.properties");
        assertTrue(Files.isDirectory(copy.resolve("seg0")), "and the data segment");
    }

    @Test
    void theTwoHealthChecksAreRegisteredAndPass(@InjectService(filter = CONFIGURED, timeout = 10_000) Store store,
            @InjectService(filter = HEALTH_CHECKS, cardinality = 2, timeout = 10_000) ServiceAware<HealthCheck> checks) {
        Map<String, HealthResult> results = new TreeMap<>();
        for (ServiceReference<HealthCheck> reference : checks.getServiceReferences()) {
            results.put((String) reference.getProperty("component.name"), checks.getService(reference).run());
        }

        assertEquals(List.of("org.openfse.store.derby.internal.DataFolderHealthCheck",
                "org.openfse.store.derby.internal.DatabaseHealthCheck"), List.copyOf(results.keySet()));

        HealthResult folder = results.get("org.openfse.store.derby.internal.DataFolderHealthCheck");
        assertEquals("Dossier de données", folder.subject());
        assertTrue(folder.ok(), folder.detail());
        assertTrue(folder.detail().startsWith(data + " : accessible en écriture"), folder.detail());

        HealthResult database = results.get("org.openfse.store.derby.internal.DatabaseHealthCheck");
        assertEquals("Base de données", database.subject());
        assertTrue(database.ok(), database.detail());
        assertEquals(store.info().engine() + ", schéma v" + store.info().schemaVersion() + ", " + data.resolve("db"),
                database.detail());
    }
}
