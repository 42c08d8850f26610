package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the store did not start, the check says why if the configuration tells. */
class DatabaseHealthCheckTest {

    @TempDir
    Path data;

    private static DerbyStoreConfig config(String mode, String bootPassword) {
        return new DerbyStoreConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DerbyStoreConfig.class;
            }

            @Override
            public String dataFolder() {
                return "";
            }

            @Override
            public String mode() {
                return mode;
            }

            @Override
            public String serverHost() {
                return "";
            }

            @Override
            public String listenAddress() {
                return "0.0.0.0";
            }

            @Override
            public int port() {
                return 1527;
            }

            @Override
            public String networkPassword() {
                return "";
            }

            @Override
            public boolean encrypted() {
                return false;
            }

            @Override
            public String bootPassword() {
                return bootPassword;
            }
        };
    }

    @Test
    void anEncryptedDatabaseWithoutItsPasswordIsNamed() {
        TestStores.open(TestStores.encrypted(data, "mot-de-passe")).close();

        assertEquals("La base " + data.resolve("db") + " est chiffrée : elle ne s'ouvre pas sans son mot de passe de démarrage. "
                + "Indiquez-le dans la configuration org.openfse.store.derby (bootPassword), puis redémarrez OpenFSE.",
                DatabaseHealthCheck.whyAbsent(config("embedded", ""), data));
        assertNull(DatabaseHealthCheck.whyAbsent(config("embedded", "mot-de-passe"), data));
    }

    @Test
    void anInvalidConfigurationIsNamed() {
        assertEquals("Mode client : indiquez le poste serveur (nom ou adresse, réglage serverHost).\n"
                + "Modes serveur et client : indiquez le mot de passe réseau (le même sur tous les postes du cabinet, réglage networkPassword).",
                DatabaseHealthCheck.whyAbsent(config("client", ""), data));
        assertNull(DatabaseHealthCheck.whyAbsent(config("embedded", ""), data), "a new folder: nothing against starting");
    }
}
