package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.store.StoreException;
import org.openfse.model.api.Concentrator;

/**
 * A database shared once in server mode requires the network user and password from then on
 * (Derby's BUILTIN authentication, turned on in the database), also when this workstation uses
 * it alone again. The network server itself is tested in OSGi (org.openfse.store.derby.tests):
 * derbynet is not on this class path, so opening in server mode stops after the authentication
 * was set up.
 */
class SharedDatabaseTest {

    @TempDir
    Path data;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private StoreOptions embedded(String networkPassword) {
        return new StoreOptions(data, StoreMode.EMBEDDED, "", "0.0.0.0", 1527, networkPassword, false, "");
    }

    @Test
    void aDatabaseSharedOnceAsksForTheNetworkPasswordWhenUsedAlone() throws IOException {
        StoreOptions server = new StoreOptions(data, StoreMode.SERVER, "", "127.0.0.1", freePort(), "reseau-secret", false, "");
        try {
            TestStores.open(server).close();
        } catch (StoreException e) {
            // no network server on the plain class path (or another derby.system.home): authentication is on anyway
        }

        StoreException refused = assertThrows(StoreException.class, () -> TestStores.open(embedded("")));
        assertEquals("La base " + data.resolve("db") + " a été partagée en mode serveur et demande le mot de passe réseau : "
                + "indiquez-le dans la configuration org.openfse.store.derby (networkPassword).", refused.getLocalizedMessage());

        try (StoreEngine alone = TestStores.open(embedded("reseau-secret"))) {
            Concentrator c = Samples.concentrator(null);
            alone.inTransaction(tx -> tx.repository(Concentrator.class).insert(c));
            assertEquals(1, alone.inTransaction(tx -> tx.repository(Concentrator.class).count()));
        }
    }
}
