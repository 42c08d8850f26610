package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.store.StoreException;
import org.openfse.core.store.StoreInfo;

/** The store's database object on a real embedded Derby in a temporary data folder. */
class DerbyDatabaseTest {

    @TempDir
    Path data;

    @Test
    void createsTheDatabaseInDbAndReportsWhatItRunsOn() {
        DerbyDatabase database = DerbyDatabase.open(EmbeddedDerby.driver(), data.resolve("new-folder"), EmbeddedDerby.shippedMigrations());
        try {
            StoreInfo info = database.info();

            assertTrue(Files.isRegularFile(data.resolve("new-folder/db/service.properties")), "Derby created <data>/db");
            assertTrue(info.engine().matches("Apache Derby 10\\.17\\.\\d+\\.\\d+"), info.engine());
            assertEquals(data.resolve("new-folder/db").toString(), info.location());
            assertEquals(EmbeddedDerby.LATEST_SCHEMA, info.schemaVersion());
            assertFalse(info.encrypted());
            assertTrue(database.ping());
        } finally {
            database.close();
        }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsVersion() {
        DerbyDatabase.open(EmbeddedDerby.driver(), data, EmbeddedDerby.shippedMigrations()).close();
        DerbyDatabase again = DerbyDatabase.open(EmbeddedDerby.driver(), data, EmbeddedDerby.shippedMigrations());
        try {
            assertEquals(EmbeddedDerby.LATEST_SCHEMA, again.info().schemaVersion());
        } finally {
            again.close();
        }
    }

    @Test
    void backupWritesAUsableCopyIntoDb() throws Exception {
        DerbyDatabase database = DerbyDatabase.open(EmbeddedDerby.driver(), data.resolve("live"), EmbeddedDerby.shippedMigrations());
        Path copy;
        try {
            copy = database.backup(data.resolve("backups/2026-11-23"));
        } finally {
            database.close();
        }

        assertEquals(data.resolve("backups/2026-11-23/db"), copy);
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")));
        try (EmbeddedDerby restored = new EmbeddedDerby(copy)) {
            assertEquals(EmbeddedDerby.LATEST_SCHEMA, restored.count("SELECT MAX(VERSION) FROM SCHEMA_HISTORY"),
                    "the copy opens and holds the schema");
        }
    }

    @Test
    void backupNeverReplacesAPreviousOne() throws Exception {
        Path target = data.resolve("backups");
        Files.createDirectories(target.resolve("db"));
        Files.writeString(target.resolve("db/keep.txt"), "older backup");
        DerbyDatabase database = DerbyDatabase.open(EmbeddedDerby.driver(), data.resolve("live"), EmbeddedDerby.shippedMigrations());
        try {
            assertThrows(StoreException.class, () -> database.backup(target));
        } finally {
            database.close();
        }
        assertEquals("older backup", Files.readString(target.resolve("db/keep.txt")));
    }

    @Test
    void aBackupThatCannotBeWrittenIsAStoreException() throws Exception {
        Path aFile = Files.writeString(data.resolve("not-a-folder"), "x");
        DerbyDatabase database = DerbyDatabase.open(EmbeddedDerby.driver(), data.resolve("live"), EmbeddedDerby.shippedMigrations());
        try {
            assertThrows(StoreException.class, () -> database.backup(aFile));
        } finally {
            database.close();
        }
    }

    @Test
    void aFailingMigrationIsAStoreExceptionAndTheDatabaseStaysUsable() {
        List<Migration> broken = new ArrayList<>(EmbeddedDerby.shippedMigrations());
        broken.add(new Migration(99, "broken", "CREATE TABLE SETTING (ID INT)"));

        StoreException e = assertThrows(StoreException.class, () -> DerbyDatabase.open(EmbeddedDerby.driver(), data, broken));
        assertTrue(e.getMessage().contains("migration 99"), e.getMessage());

        DerbyDatabase database = DerbyDatabase.open(EmbeddedDerby.driver(), data, EmbeddedDerby.shippedMigrations());
        try {
            assertEquals(EmbeddedDerby.LATEST_SCHEMA, database.info().schemaVersion(), "the shipped ones stayed applied, V099 left no trace");
        } finally {
            database.close();
        }
    }
}
