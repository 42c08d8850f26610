package org.openfse.store.derby.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.command.CliCommand;
import org.openfse.model.api.Patient;
import org.openfse.store.derby.internal.OpenStores;

/** {@code backup DOSSIER} and {@code restore DOSSIER} on a real store. */
class BackupRestoreCommandTest {

    @TempDir
    Path dir;

    private OpenStores.ClosableStore store;
    private BackupCommand backup;
    private RestoreCommand restore;
    private PatientsCommand patients;

    @BeforeEach
    void open() {
        store = OpenStores.open(dir.resolve("data"));
        backup = new BackupCommand();
        backup.bindStore(store);
        restore = new RestoreCommand();
        restore.bindStore(store);
        patients = new PatientsCommand();
        patients.bindStore(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long folders() {
        return store.inTransaction(tx -> tx.repository(Patient.class).count());
    }

    @Test
    void aBackupRestoresToItsState() throws Exception {
        Console.run(patients, "import", Files.writeString(dir.resolve("a.csv"), PatientsCommandTest.GOOD).toString());
        Path target = dir.resolve("sauvegardes/lundi");

        Console saved = Console.run(backup, target.toString());
        assertEquals(CliCommand.OK, saved.code, saved.err());
        assertEquals("Base sauvegardée dans " + target.resolve("db") + "\n", saved.out());

        Console.run(patients, "import", Files.writeString(dir.resolve("b.csv"), PatientCsvTest.HEADER + "\n;00;Zola;Émile;;;;;;;;;;\n").toString());
        assertEquals(3, folders());

        Console restored = Console.run(restore, target.toString());
        assertEquals(CliCommand.OK, restored.code, restored.err());
        assertTrue(restored.out().startsWith("Base restaurée depuis " + target + "."), restored.out());
        assertEquals(2, folders());
    }

    @Test
    void badFoldersAreExitCode2() throws Exception {
        Console.run(backup, dir.resolve("b").toString());
        Console twice = Console.run(backup, dir.resolve("b").toString());
        assertEquals(CliCommand.INVALID_INPUT, twice.code);
        assertEquals("Le dossier " + dir.resolve("b/db") + " contient déjà une sauvegarde : choisissez un dossier vide "
                + "(une sauvegarde n'est jamais écrasée).\n", twice.err());

        Path empty = Files.createDirectories(dir.resolve("vide"));
        Console notABackup = Console.run(restore, empty.toString());
        assertEquals(CliCommand.INVALID_INPUT, notABackup.code);
        assertTrue(notABackup.err().startsWith(empty + " n'est pas une sauvegarde OpenFSE"), notABackup.err());
        assertEquals(CliCommand.INVALID_INPUT, Console.run(restore).code);
        assertEquals(CliCommand.INVALID_INPUT, Console.run(backup).code);
    }
}
