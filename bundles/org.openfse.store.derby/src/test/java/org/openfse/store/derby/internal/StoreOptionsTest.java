package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openfse.core.store.StoreException;

/** The store's configuration is checked once, with French messages naming the setting. */
class StoreOptionsTest {

    private static final Path DATA = Path.of("/srv/openfse").toAbsolutePath();

    private static DerbyStoreConfig config(String mode, String serverHost, int port, String networkPassword, boolean encrypted,
            String bootPassword) {
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
                return serverHost;
            }

            @Override
            public String listenAddress() {
                return "0.0.0.0";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public String networkPassword() {
                return networkPassword;
            }

            @Override
            public boolean encrypted() {
                return encrypted;
            }

            @Override
            public String bootPassword() {
                return bootPassword;
            }
        };
    }

    @Test
    void theDefaultsGiveALocalClearDatabase() {
        StoreOptions options = StoreOptions.from(config("embedded", "", 1527, "", false, ""), DATA);
        assertEquals(StoreMode.EMBEDDED, options.mode());
        assertFalse(options.encrypted());
        assertEquals(DATA.resolve("db"), options.databaseFolder());
    }

    @Test
    void everyProblemIsListedInFrench() {
        StoreException e = assertThrows(StoreException.class,
                () -> StoreOptions.from(config("client", "", 70000, "", false, ""), DATA));
        assertEquals("Mode client : indiquez le poste serveur (nom ou adresse, réglage serverHost).\n"
                + "Port invalide : 70000. Indiquez un nombre de 1 à 65535 (1527 par défaut).\n"
                + "Modes serveur et client : indiquez le mot de passe réseau (le même sur tous les postes du cabinet, réglage networkPassword).",
                e.getLocalizedMessage());
        StoreException mode = assertThrows(StoreException.class, () -> StoreOptions.from(config("cloud", "", 1527, "", false, ""), DATA));
        assertTrue(mode.getLocalizedMessage().startsWith("Mode de base inconnu : « cloud »."), mode.getLocalizedMessage());
    }

    @Test
    void encryptionNeedsABootPasswordOfEightCharacters() {
        StoreException none = assertThrows(StoreException.class, () -> StoreOptions.from(config("embedded", "", 1527, "", true, ""), DATA));
        assertEquals("Le chiffrement de la base est demandé mais aucun mot de passe de démarrage n'est indiqué (réglage bootPassword, 8 caractères au moins).",
                none.getLocalizedMessage());
        StoreException shortOne = assertThrows(StoreException.class,
                () -> StoreOptions.from(config("embedded", "", 1527, "", true, "1234567"), DATA));
        assertEquals("Le mot de passe de démarrage doit compter au moins 8 caractères.", shortOne.getLocalizedMessage());
        assertTrue(StoreOptions.from(config("embedded", "", 1527, "", true, "12345678"), DATA).encrypted());
    }

    @Test
    void passwordsNeverShowInTheTextForm() {
        StoreOptions options = StoreOptions.from(config("server", "", 1527, "reseau-secret", true, "demarrage-secret"), DATA);
        assertFalse(options.toString().contains("secret"), options.toString());
        assertTrue(options.toString().contains("networkPassword=***"));
    }
}
