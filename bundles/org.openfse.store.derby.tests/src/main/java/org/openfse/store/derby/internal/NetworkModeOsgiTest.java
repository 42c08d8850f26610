package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.store.ConcurrentUpdateException;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.model.OpenfseModel;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Patient;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.store.derby.tests.TestStore;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A practice with several workstations: the configured store runs in server mode (Derby's
 * network server in this framework, see {@link TestStore}); two client stores, as two other
 * workstations would run them, connect to it through Derby's network client, which reaches this
 * bundle through the fragment org.openfse.store.derby.client. They edit the same folder at once.
 */
@ExtendWith(ServiceExtension.class)
class NetworkModeOsgiTest {

    private static int port;

    @BeforeAll
    static void configureTheServer(@InjectService ConfigurationAdmin configurationAdmin) throws IOException {
        port = TestStore.configure(configurationAdmin);
    }

    private static StoreEngine workstation(String password) {
        StoreOptions options = new StoreOptions(TestStore.newFolder("client-"), StoreMode.CLIENT, "127.0.0.1", "0.0.0.0", port,
                password, false, "");
        return new StoreEngine(null, DerbyStore.clientDriver(), options,
                BundleMigrations.load(FrameworkUtil.getBundle(DerbyStore.class)), ModelMapping.of(OpenfseModel.ePackage()));
    }

    private static long newFolder(Store store, String lastName) {
        return store.inTransaction("serveur", tx -> {
            Patient patient = OpenfseFactory.eINSTANCE.createPatient();
            Insured insured = OpenfseFactory.eINSTANCE.createInsured();
            insured.setLastName(lastName);
            insured.setFirstName("Paul");
            patient.setInsured(insured);
            return tx.repository(Patient.class).insert(patient);
        });
    }

    @Test
    void twoWorkstationsEditTheSameFolderAndTheSecondGetsAConflict(
            @InjectService(filter = TestStore.CONFIGURED, timeout = 20_000) Store server) {
        long id = newFolder(server, "Martin");
        try (StoreEngine accueil = workstation(TestStore.NETWORK_PASSWORD);
                StoreEngine cabinet = workstation(TestStore.NETWORK_PASSWORD)) {
            assertEquals("127.0.0.1:" + port + "/db", accueil.info().location());
            assertEquals(server.info().schemaVersion(), accueil.info().schemaVersion());

            Patient atDesk = accueil.inTransaction(tx -> tx.repository(Patient.class).get(id));
            Patient inOffice = cabinet.inTransaction(tx -> tx.repository(Patient.class).get(id));
            atDesk.setComment("Nouvelle adresse notée à l'accueil");
            inOffice.setComment("Allergie notée au cabinet");

            accueil.inTransaction("accueil", tx -> {
                tx.repository(Patient.class).update(atDesk);
                return null;
            });
            ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class,
                    () -> cabinet.inTransaction("cabinet", tx -> {
                        tx.repository(Patient.class).update(inOffice);
                        return null;
                    }));

            assertTrue(conflict.getLocalizedMessage().startsWith("Conflit de modification : quelqu'un d'autre (un autre poste ou "
                    + "une autre fenêtre) a enregistré des changements sur le dossier patient n° " + id), conflict.getLocalizedMessage());
            assertEquals("Nouvelle adresse notée à l'accueil",
                    server.inTransaction(tx -> tx.repository(Patient.class).get(id)).getComment());
            assertEquals("Nouvelle adresse notée à l'accueil",
                    cabinet.inTransaction(tx -> tx.repository(Patient.class).get(id)).getComment(), "a reload shows the winner");
            assertEquals(List.of("serveur", "accueil"), server.inTransaction(tx -> tx.auditTrail(Patient.class, id))
                    .stream().map(r -> r.actor()).toList());
        }
    }

    @Test
    void twoSimultaneousSavesOfTheSameFolderLetExactlyOneWin(
            @InjectService(filter = TestStore.CONFIGURED, timeout = 20_000) Store server) throws Exception {
        long id = newFolder(server, "Durand");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (StoreEngine first = workstation(TestStore.NETWORK_PASSWORD);
                StoreEngine second = workstation(TestStore.NETWORK_PASSWORD)) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<String>> results = new ArrayList<>();
            for (StoreEngine station : List.of(first, second)) {
                results.add(threads.submit(() -> {
                    Patient mine = station.inTransaction(tx -> tx.repository(Patient.class).get(id));
                    mine.setComment("saved by " + System.identityHashCode(station));
                    together.await(20, TimeUnit.SECONDS);
                    try {
                        station.inTransaction(tx -> {
                            tx.repository(Patient.class).update(mine);
                            return null;
                        });
                        return "saved";
                    } catch (ConcurrentUpdateException e) {
                        return "conflict";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            outcomes.sort(null);
            assertEquals(List.of("conflict", "saved"), outcomes);
            assertEquals(2, server.inTransaction(tx -> tx.repository(Patient.class).get(id)).getVersion());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aWorkstationWithTheWrongNetworkPasswordIsRefused(
            @InjectService(filter = TestStore.CONFIGURED, timeout = 20_000) Store server) {
        StoreException e = assertThrows(StoreException.class, () -> workstation("pas-le-bon"));
        assertEquals("Le poste serveur a refusé le mot de passe réseau pour la base 127.0.0.1:" + port + "/db. Indiquez sur ce "
                + "poste le même mot de passe réseau que sur le poste serveur.", e.getLocalizedMessage());
    }

    @Test
    void aRestoreIsDoneOnTheServerWorkstationOnly(
            @InjectService(filter = TestStore.CONFIGURED, timeout = 20_000) Store server) {
        try (StoreEngine client = workstation(TestStore.NETWORK_PASSWORD)) {
            StoreException e = assertThrows(StoreException.class, () -> client.restore(TestStore.newFolder("nothing-")));
            assertEquals("La restauration se fait sur le poste serveur, qui garde la base du cabinet.", e.getLocalizedMessage());
        }
    }
}
