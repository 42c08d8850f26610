package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.Test;
import org.openfse.core.store.StoreException;
import org.openfse.model.OpenfseModel;
import org.openfse.model.api.Concentrator;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.store.derby.tests.TestStore;
import org.osgi.framework.FrameworkUtil;

/** Derby's data encryption inside OSGi: an encrypted database refuses to open without its boot password. */
class EncryptionOsgiTest {

    private static StoreEngine open(Path data, boolean encrypted, String bootPassword) {
        StoreOptions options = new StoreOptions(data, StoreMode.EMBEDDED, "", "0.0.0.0", 1527, "", encrypted, bootPassword);
        return new StoreEngine(new EmbeddedDriver(), null, options,
                BundleMigrations.load(FrameworkUtil.getBundle(DerbyStore.class)), ModelMapping.of(OpenfseModel.ePackage()));
    }

    @Test
    void anEncryptedDatabaseRefusesToOpenWithoutItsPassword() {
        Path data = TestStore.newFolder("encrypted-");
        try (StoreEngine store = open(data, true, "mot-de-passe-2026")) {
            Concentrator c = OpenfseFactory.eINSTANCE.createConcentrator();
            c.setName("OCT chiffré");
            store.inTransaction(tx -> tx.repository(Concentrator.class).insert(c));
            assertTrue(store.info().encrypted());
        }

        StoreException e = assertThrows(StoreException.class, () -> open(data, false, ""));
        assertEquals("La base " + data.resolve("db") + " est chiffrée : elle ne s'ouvre pas sans son mot de passe de démarrage. "
                + "Indiquez-le dans la configuration org.openfse.store.derby (bootPassword), puis redémarrez OpenFSE.",
                e.getLocalizedMessage());
        StoreException wrong = assertThrows(StoreException.class, () -> open(data, false, "pas-le-bon-mot"));
        assertTrue(wrong.getLocalizedMessage().contains("n'est pas le bon"), wrong.getLocalizedMessage());

        try (StoreEngine again = open(data, false, "mot-de-passe-2026")) {
            assertEquals("OCT chiffré", again.inTransaction(tx -> tx.repository(Concentrator.class).page(
                    org.openfse.core.store.PageRequest.first(1))).items().get(0).getName());
        }
    }
}
