package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MigrationRunner on a real embedded Derby database in a temporary folder. */
class MigrationRunnerTest {

    @TempDir
    Path dir;

    private EmbeddedDerby derby;

    @BeforeEach
    void openDatabase() {
        derby = new EmbeddedDerby(dir.resolve("db"));
    }

    @AfterEach
    void shutDown() {
        derby.close();
    }

    private int migrate(List<Migration> migrations) throws Exception {
        try (Connection c = derby.connect()) {
            return new MigrationRunner(c).migrate(migrations);
        }
    }

    private int currentVersion() throws Exception {
        try (Connection c = derby.connect()) {
            return new MigrationRunner(c).currentVersion();
        }
    }

    @Test
    void migratesAnEmptyDatabaseWithTheShippedMigrations() throws Exception {
        List<Migration> shipped = EmbeddedDerby.shippedMigrations();
        assertEquals(1, shipped.get(0).version(), "V001 is the first shipped migration");

        assertEquals(0, currentVersion(), "a new database has no schema version");
        int version = migrate(shipped);

        assertEquals(shipped.get(shipped.size() - 1).version(), version);
        assertTrue(derby.tableExists("SCHEMA_HISTORY"));
        assertTrue(derby.tableExists("SETTING"));
        assertTrue(derby.tableExists("AUDIT_ENTRY"));

        // The history row of V001, with the SHA-256 of the file computed here, not by Migration.
        byte[] file = Files.readAllBytes(Path.of("migrations/V001__foundation_settings_and_audit.sql"));
        String expectedChecksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        try (Connection c = derby.connect();
                PreparedStatement q = c.prepareStatement(
                        "SELECT DESCRIPTION, APPLIED_AT, CHECKSUM FROM SCHEMA_HISTORY WHERE VERSION = 1");
                ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("foundation settings and audit", rs.getString(1));
            assertNotNull(rs.getTimestamp(2));
            assertEquals(expectedChecksum, rs.getString(3));
        }
    }

    @Test
    void foundationTablesAcceptSettingsAndAuditEntries() throws Exception {
        migrate(EmbeddedDerby.shippedMigrations());
        try (Connection c = derby.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO SETTING (NAME, VALUE) VALUES ('practice.name', 'Cabinet démo')");
            st.executeUpdate("INSERT INTO AUDIT_ENTRY (OCCURRED_AT, ACTOR, ENTITY, ENTITY_ID, ACTION, BEFORE_VALUE, AFTER_VALUE)"
                    + " VALUES (CURRENT_TIMESTAMP, 'demo', 'invoice', '000000254', 'SECURED', '{}', '{\"state\":\"SECURED\"}')");
            st.executeUpdate("INSERT INTO AUDIT_ENTRY (OCCURRED_AT, ACTOR, ENTITY, ENTITY_ID, ACTION)"
                    + " VALUES (CURRENT_TIMESTAMP, 'demo', 'invoice', '000000254', 'SENT')");
            try (ResultSet rs = st.executeQuery("SELECT ID FROM AUDIT_ENTRY ORDER BY ID")) {
                assertTrue(rs.next());
                long first = rs.getLong(1);
                assertTrue(rs.next());
                assertTrue(rs.getLong(1) > first, "identity ids grow");
            }
            // NAME is the primary key of SETTING.
            assertThrows(java.sql.SQLException.class,
                    () -> st.executeUpdate("INSERT INTO SETTING (NAME, VALUE) VALUES ('practice.name', 'again')"));
        }
    }

    @Test
    void aSecondRunAppliesNothing() throws Exception {
        List<Migration> shipped = EmbeddedDerby.shippedMigrations();
        assertEquals(EmbeddedDerby.LATEST_SCHEMA, migrate(shipped));
        try (Connection c = derby.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO SETTING (NAME, VALUE) VALUES ('k', 'kept')");
        }

        assertEquals(EmbeddedDerby.LATEST_SCHEMA, migrate(shipped));

        assertEquals(EmbeddedDerby.LATEST_SCHEMA, derby.count("SELECT COUNT(*) FROM SCHEMA_HISTORY"));
        assertEquals(1, derby.count("SELECT COUNT(*) FROM SETTING WHERE VALUE = 'kept'"));
    }

    @Test
    void anAppliedMigrationWhoseScriptChangedIsRefused() throws Exception {
        Migration original = new Migration(1, "create t1", "CREATE TABLE T1 (ID INT)");
        migrate(List.of(original));
        Migration edited = new Migration(1, "create t1", "CREATE TABLE T1 (ID BIGINT)");

        MigrationException e = assertThrows(MigrationException.class, () -> migrate(List.of(edited)));

        assertTrue(e.getMessage().contains("migration 1") && e.getMessage().contains("changed"), e.getMessage());
        assertEquals(1, currentVersion());
        assertEquals(1, derby.count("SELECT COUNT(*) FROM SCHEMA_HISTORY"));
    }

    @Test
    void aFailingMigrationIsRolledBackAndLeavesTheVersionUnchanged() throws Exception {
        Migration first = new Migration(1, "create t1", "CREATE TABLE T1 (ID INT)");
        migrate(List.of(first));
        Migration broken = new Migration(2, "create t2",
                "CREATE TABLE T2 (ID INT);\nINSERT INTO T2 VALUES (1);\nINSERT INTO NO_SUCH_TABLE VALUES (1);");

        MigrationException e = assertThrows(MigrationException.class, () -> migrate(List.of(first, broken)));

        assertTrue(e.getMessage().contains("migration 2"), e.getMessage());
        assertEquals(1, currentVersion());
        assertFalse(derby.tableExists("T2"), "the CREATE TABLE of the failed migration was rolled back");

        Migration fixed = new Migration(2, "create t2", "CREATE TABLE T2 (ID INT);\nINSERT INTO T2 VALUES (1);");
        assertEquals(2, migrate(List.of(first, fixed)), "the failed migration was not recorded, so it runs again");
        assertEquals(1, derby.count("SELECT COUNT(*) FROM T2"));
    }

    @Test
    void aFailingFirstMigrationLeavesVersionZero() throws Exception {
        Migration broken = new Migration(1, "broken", "CREATE TABLE T1 (ID INT); CREATE TABLE T1 (ID INT)");

        assertThrows(MigrationException.class, () -> migrate(List.of(broken)));

        assertEquals(0, currentVersion());
        assertFalse(derby.tableExists("T1"));
    }

    @Test
    void aDatabaseWrittenByNewerSoftwareIsRefused() throws Exception {
        Migration v1 = new Migration(1, "one", "CREATE TABLE T1 (ID INT)");
        Migration v2 = new Migration(2, "two", "CREATE TABLE T2 (ID INT)");
        migrate(List.of(v1, v2));

        MigrationException e = assertThrows(MigrationException.class, () -> migrate(List.of(v1)));

        assertTrue(e.getMessage().contains("migration 2"), e.getMessage());
    }

    @Test
    void aPendingMigrationBelowAnAppliedOneIsRefused() throws Exception {
        Migration v1 = new Migration(1, "one", "CREATE TABLE T1 (ID INT)");
        Migration v3 = new Migration(3, "three", "CREATE TABLE T3 (ID INT)");
        migrate(List.of(v1, v3));
        Migration v2 = new Migration(2, "two", "CREATE TABLE T2 (ID INT)");

        assertThrows(MigrationException.class, () -> migrate(List.of(v1, v2, v3)));

        assertFalse(derby.tableExists("T2"));
    }

    @Test
    void migrationsRunInVersionOrderWhateverTheListOrder() throws Exception {
        Migration v1 = new Migration(1, "one", "CREATE TABLE T1 (ID INT)");
        Migration v2 = new Migration(2, "two", "ALTER TABLE T1 ADD COLUMN NAME VARCHAR(10)");

        assertEquals(2, migrate(List.of(v2, v1)));

        assertEquals(0, derby.count("SELECT COUNT(NAME) FROM T1"));
    }

    @Test
    void twoMigrationsWithTheSameVersionAreRefused() {
        Migration a = new Migration(1, "a", "CREATE TABLE A (ID INT)");
        Migration b = new Migration(1, "b", "CREATE TABLE B (ID INT)");

        assertThrows(MigrationException.class, () -> migrate(List.of(a, b)));
    }
}
