package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.store.AuditRecord;
import org.openfse.core.store.StoreException;
import org.openfse.model.api.Patient;

/** Online backup to a folder, and restore of that folder in place of the live database. */
class BackupRestoreTest {

    @TempDir
    Path dir;

    private StoreEngine store;

    @BeforeEach
    void open() {
        store = TestStores.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long insert(String lastName, String nir) {
        return store.inTransaction(tx -> tx.repository(Patient.class).insert(Samples.patient(null, lastName, "Paul", nir)));
    }

    private List<String> names() {
        return store.inTransaction(tx -> tx.repository(Patient.class).page(org.openfse.core.store.PageRequest.first(100)))
                .items().stream().map(p -> p.getInsured().getLastName()).toList();
    }

    @Test
    void aRestoreBringsBackTheDataOfTheBackupAndKeepsTheReplacedDatabaseAside() throws Exception {
        insert("Avant", "1750575123456");
        Path copy = store.backup(dir.resolve("backups/monday"));
        long after = insert("Après", "2760575123456");
        assertEquals(List.of("Après", "Avant"), names());

        store.restore(dir.resolve("backups/monday"));

        assertEquals(List.of("Avant"), names());
        assertEquals(dir.resolve("backups/monday/db"), copy);
        assertTrue(store.inTransaction(tx -> tx.repository(Patient.class).find(after)).isEmpty());
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("db.before-restore-")).count(),
                    "the replaced database is kept aside");
        }
        List<AuditRecord> recent = store.inTransaction(tx -> tx.recentAudit(1));
        assertEquals("RESTORE", recent.get(0).action());
        assertTrue(recent.get(0).after().orElseThrow().contains(copy.toString()));
        // the restored database is fully usable: ids keep growing from the sequence
        long next = insert("Ensuite", "1800575123456");
        assertTrue(next > 0);
        assertEquals(List.of("Avant", "Ensuite"), names());
    }

    @Test
    void theDbSubFolderOfABackupCanBeGivenToo() {
        insert("Avant", "1750575123456");
        Path copy = store.backup(dir.resolve("b"));
        insert("Après", "2760575123456");

        store.restore(copy);

        assertEquals(List.of("Avant"), names());
    }

    @Test
    void aFolderThatIsNotABackupIsRefusedAndTheDatabaseStaysAsItWas() throws Exception {
        insert("Avant", "1750575123456");
        Path empty = Files.createDirectories(dir.resolve("not-a-backup"));

        StoreException e = assertThrows(StoreException.class, () -> store.restore(empty));

        assertEquals(empty + " n'est pas une sauvegarde OpenFSE : indiquez le dossier donné à « backup » (ou son sous-dossier db).",
                e.getLocalizedMessage());
        assertEquals(List.of("Avant"), names());
    }

    @Test
    void aBackupIsNeverWrittenOverAnother() {
        store.backup(dir.resolve("b"));
        StoreException e = assertThrows(StoreException.class, () -> store.backup(dir.resolve("b")));
        assertTrue(e.getLocalizedMessage().startsWith("Le dossier " + dir.resolve("b/db") + " contient déjà une sauvegarde"),
                e.getLocalizedMessage());
    }
}
