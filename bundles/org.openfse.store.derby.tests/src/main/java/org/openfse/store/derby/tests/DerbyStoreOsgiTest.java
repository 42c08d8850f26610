package org.openfse.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreInfo;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Payment;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.ReturnFile;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The real DS wiring of org.openfse.store.derby with Felix SCR, Config Admin, the generated model
 * and the Derby bundle with its fragments (derbyshared, derbytools, derbynet): the store
 * configured through Config Admin (server mode, see {@link TestStore}), used through the service
 * registry.
 */
@ExtendWith(ServiceExtension.class)
class DerbyStoreOsgiTest {

    private static final String HEALTH_CHECKS = "(|" + TestStore.CONFIGURED
            + "(component.name=org.openfse.store.derby.internal.DatabaseHealthCheck))";

    @BeforeAll
    static void configureTheStore(@InjectService ConfigurationAdmin configurationAdmin) throws IOException {
        TestStore.configure(configurationAdmin);
    }

    @Test
    void theStoreRunsOnTheConfiguredFolderWithTheSchemaMigrated(
            @InjectService(filter = TestStore.CONFIGURED, timeout = 20_000) ServiceAware<Store> aware) {
        Store store = aware.getService();
        StoreInfo info = store.info();

        assertEquals("org.openfse.store.derby.internal.DerbyStore", aware.getServiceReference().getProperty("component.name"));
        assertEquals(TestStore.home().resolve("db").toString(), info.location());
        assertTrue(Files.isRegularFile(TestStore.home().resolve("db/service.properties")), "the database was created in <data>/db");
        assertEquals(2, info.schemaVersion());
        assertTrue(info.engine().startsWith("Apache Derby 10.17."), info.engine());
        assertTrue(store.ping());
        assertEquals(Set.of(Practice.class, Practitioner.class, Patient.class, Invoice.class, Lot.class, ReturnFile.class,
                Payment.class, Concentrator.class), store.aggregateTypes(), "the generated model classes, seen from this bundle");
    }

    @Test
    void aBackupIsACompleteDatabaseFolder(@InjectService(filter = TestStore.CONFIGURED, timeout = 20_000) Store store) {
        Path target = TestStore.newFolder("backup-");
        Path copy = store.backup(target.resolve("first"));

        assertEquals(target.resolve("first/db"), copy);
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")), "Derby's backup holds service.properties");
        assertTrue(Files.isDirectory(copy.resolve("seg0")), "and the data segment");
    }

    @Test
    void theTwoHealthChecksAreRegisteredAndPass(@InjectService(filter = TestStore.CONFIGURED, timeout = 20_000) Store store,
            @InjectService(filter = HEALTH_CHECKS, cardinality = 2, timeout = 20_000) ServiceAware<HealthCheck> checks) {
        Map<String, HealthResult> results = new TreeMap<>();
        for (ServiceReference<HealthCheck> reference : checks.getServiceReferences()) {
            results.put((String) reference.getProperty("component.name"), checks.getService(reference).run());
        }

        assertEquals(List.of("org.openfse.store.derby.internal.DataFolderHealthCheck",
                "org.openfse.store.derby.internal.DatabaseHealthCheck"), List.copyOf(results.keySet()));

        HealthResult folder = results.get("org.openfse.store.derby.internal.DataFolderHealthCheck");
        assertEquals("Dossier de données", folder.subject());
        assertTrue(folder.ok(), folder.detail());
        assertTrue(folder.detail().startsWith(TestStore.home() + " : accessible en écriture"), folder.detail());

        HealthResult database = results.get("org.openfse.store.derby.internal.DatabaseHealthCheck");
        assertEquals("Base de données", database.subject());
        assertTrue(database.ok(), database.detail());
        assertEquals(store.info().engine() + ", schéma v2, " + TestStore.home().resolve("db"), database.detail());
    }
}
