package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.store.StoreException;
import org.openfse.model.api.Patient;

/** Encryption at rest with Derby's data encryption and a boot password. */
class EncryptionTest {

    private static final String PASSWORD = "Cabinet-2026!";

    @TempDir
    Path data;

    private long insertAndClose(StoreEngine store) {
        try {
            return store.inTransaction(tx -> tx.repository(Patient.class).insert(Samples.patient(null, "Secret", "Paul", "1750575123456")));
        } finally {
            store.close();
        }
    }

    /** Whether a clear-text name shows in the database files (it does in a clear database). */
    private static boolean filesContain(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        byte[] ascii = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(f);
                if (indexOf(content, needle) >= 0 || indexOf(content, ascii) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsBootPassword() throws Exception {
        long id = insertAndClose(TestStores.open(TestStores.encrypted(data, PASSWORD)));
        assertTrue(DerbyDatabase.isEncrypted(data.resolve("db")));
        assertFalse(filesContain(data.resolve("db/seg0"), "Préfère être appelé le matin"), "no clear text on disk");

        StoreException missing = assertThrows(StoreException.class, () -> TestStores.open(data));
        assertEquals("La base " + data.resolve("db") + " est chiffrée : elle ne s'ouvre pas sans son mot de passe de démarrage. "
                + "Indiquez-le dans la configuration org.openfse.store.derby (bootPassword), puis redémarrez OpenFSE.",
                missing.getLocalizedMessage());

        StoreException wrong = assertThrows(StoreException.class,
                () -> TestStores.open(TestStores.withBootPassword(data, "not-the-password")));
        assertEquals("La base " + data.resolve("db") + " est chiffrée et le mot de passe de démarrage indiqué n'est pas le bon. "
                + "Corrigez-le dans la configuration org.openfse.store.derby (bootPassword), puis redémarrez OpenFSE.",
                wrong.getLocalizedMessage());

        StoreEngine opened = TestStores.open(TestStores.withBootPassword(data, PASSWORD));
        try {
            assertTrue(opened.info().encrypted());
            assertEquals("Secret", opened.inTransaction(tx -> tx.repository(Patient.class).get(id)).getInsured().getLastName());
        } finally {
            opened.close();
        }
    }

    @Test
    void aClearDatabaseIsEncryptedInPlaceWhenEncryptionIsTurnedOn() throws Exception {
        long id = insertAndClose(TestStores.open(data));
        assertFalse(DerbyDatabase.isEncrypted(data.resolve("db")));
        assertTrue(filesContain(data.resolve("db/seg0"), "Préfère être appelé le matin"),
                "the probe finds clear text in a clear database (so its negative result above means something)");

        StoreEngine encrypted = TestStores.open(TestStores.encrypted(data, PASSWORD));
        try {
            assertTrue(encrypted.info().encrypted());
            assertEquals("Secret", encrypted.inTransaction(tx -> tx.repository(Patient.class).get(id)).getInsured().getLastName());
        } finally {
            encrypted.close();
        }
        assertTrue(DerbyDatabase.isEncrypted(data.resolve("db")));
        assertThrows(StoreException.class, () -> TestStores.open(data));
    }

    @Test
    void theBackupOfAnEncryptedDatabaseIsEncryptedAndRestoresWithThePassword() throws Exception {
        StoreEngine store = TestStores.open(TestStores.encrypted(data.resolve("live"), PASSWORD));
        try {
            store.inTransaction(tx -> tx.repository(Patient.class).insert(Samples.patient(null, "Secret", "Paul", "1750575123456")));
            Path copy = store.backup(data.resolve("backup"));
            assertTrue(DerbyDatabase.isEncrypted(copy));
            store.inTransaction(tx -> tx.repository(Patient.class).insert(Samples.patient(null, "Later", "Anne", "2760575123456")));

            store.restore(copy);

            assertEquals(1, store.inTransaction(tx -> tx.repository(Patient.class).count()));
        } finally {
            store.close();
        }
    }
}
