package org.openfse.store.derby.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Brings a database to the latest of a list of numbered migrations.
 *
 * <ul>
 * <li>Applied migrations are recorded in {@code SCHEMA_HISTORY} (version, description,
 * applied_at, checksum); the runner creates that table when it is missing.</li>
 * <li>Each pending migration runs in one transaction together with its history row: when a
 * statement fails, everything is rolled back and the schema version stays where it was.</li>
 * <li>An applied migration whose script changed (checksum differs) is an error, never re-run.</li>
 * <li>A database that holds a migration this build does not know (newer software wrote it), or a
 * pending migration numbered below one already applied, is an error.</li>
 * </ul>
 *
 * The connection belongs to the caller, who closes it; its auto-commit mode is restored.
 */
public final class MigrationRunner {

    static final String HISTORY_TABLE = "SCHEMA_HISTORY";

    private static final String CREATE_HISTORY = "CREATE TABLE " + HISTORY_TABLE + " ("
            + "VERSION INTEGER NOT NULL, "
            + "DESCRIPTION VARCHAR(200) NOT NULL, "
            + "APPLIED_AT TIMESTAMP NOT NULL, "
            + "CHECKSUM CHAR(64) NOT NULL, "
            + "CONSTRAINT PK_SCHEMA_HISTORY PRIMARY KEY (VERSION))";

    private final Connection connection;

    public MigrationRunner(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * Applies every pending migration, in order.
     *
     * @return the schema version afterwards (0 when there is no migration at all)
     * @throws MigrationException when a migration fails (it was rolled back) or the history does not
     *         match the migrations given
     */
    public int migrate(List<Migration> migrations) {
        List<Migration> ordered = ordered(migrations);
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                ensureHistoryTable();
                NavigableMap<Integer, String> applied = appliedChecksums();
                check(ordered, applied);
                int current = applied.isEmpty() ? 0 : applied.lastKey();
                for (Migration migration : ordered) {
                    if (!applied.containsKey(migration.version())) {
                        apply(migration);
                        current = migration.version();
                    }
                }
                return current;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot read or write " + HISTORY_TABLE + ": " + e.getMessage(), e);
        }
    }

    /** The highest version recorded in {@code SCHEMA_HISTORY}, 0 when none (or no table yet). */
    public int currentVersion() {
        try {
            if (!historyTableExists()) {
                return 0;
            }
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT MAX(VERSION) FROM " + HISTORY_TABLE)) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot read " + HISTORY_TABLE + ": " + e.getMessage(), e);
        }
    }

    private static List<Migration> ordered(List<Migration> migrations) {
        List<Migration> ordered = new ArrayList<>(migrations);
        ordered.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new MigrationException("two migrations carry version " + ordered.get(i).version());
            }
        }
        return ordered;
    }

    private void check(List<Migration> ordered, Map<Integer, String> applied) {
        Map<Integer, Migration> known = new TreeMap<>();
        ordered.forEach(m -> known.put(m.version(), m));
        int highestApplied = 0;
        for (Map.Entry<Integer, String> entry : applied.entrySet()) {
            Migration migration = known.get(entry.getKey());
            if (migration == null) {
                throw new MigrationException("the database holds migration " + entry.getKey()
                        + " which this version of OpenFSE does not know: it was written by newer software");
            }
            if (!migration.checksum().equals(entry.getValue())) {
                throw new MigrationException("migration " + entry.getKey() + " (" + migration.description()
                        + ") was changed after it was applied: recorded checksum " + entry.getValue()
                        + ", script checksum " + migration.checksum());
            }
            highestApplied = Math.max(highestApplied, entry.getKey());
        }
        for (Migration migration : ordered) {
            if (!applied.containsKey(migration.version()) && migration.version() < highestApplied) {
                throw new MigrationException("migration " + migration.version() + " (" + migration.description()
                        + ") is pending but migration " + highestApplied + " is already applied");
            }
        }
    }

    private void apply(Migration migration) {
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : SqlScript.statements(migration.script())) {
                    st.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (VERSION, DESCRIPTION, APPLIED_AT, CHECKSUM) VALUES (?, ?, CURRENT_TIMESTAMP, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setString(3, migration.checksum());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw new MigrationException("migration " + migration.version() + " (" + migration.description()
                    + ") failed and was rolled back: " + e.getMessage(), e);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void ensureHistoryTable() throws SQLException {
        if (!historyTableExists()) {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute(CREATE_HISTORY);
                connection.commit();
            } catch (SQLException e) {
                rollback(e);
                throw e;
            }
        }
    }

    private boolean historyTableExists() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), HISTORY_TABLE, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private NavigableMap<Integer, String> appliedChecksums() throws SQLException {
        NavigableMap<Integer, String> applied = new TreeMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT VERSION, CHECKSUM FROM " + HISTORY_TABLE)) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2).strip());
            }
        }
        return applied;
    }
}
