package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Test helper: a real embedded Derby database in a folder, and the migrations shipped in the bundle.
 *
 * <p>{@code org.apache.derby.jdbc.EmbeddedDriver} lives in derbytools, a fragment of the derby
 * bundle that Tycho does not put on the plain-test classpath (derby and derbyshared are there).
 * The plain tests therefore use the same engine through the driver that derby.jar registers
 * with {@code java.sql.Driver} service loading ({@code AutoloadedDriver}).
 */
final class EmbeddedDerby implements AutoCloseable {

    /** The number of the last migration in migrations/ (update it with each new migration). */
    static final int LATEST_SCHEMA = 2;

    static {
        // Tests only: no fsync, so that creating a database takes milliseconds instead of seconds.
        if (System.getProperty("derby.system.durability") == null) {
            System.setProperty("derby.system.durability", "test");
        }
    }

    private final Driver driver = driver();
    private final String url;

    EmbeddedDerby(Path folder) {
        this.url = "jdbc:derby:" + folder.toAbsolutePath();
    }

    static Driver driver() {
        try {
            return DriverManager.getDriver("jdbc:derby:");
        } catch (SQLException e) {
            throw new IllegalStateException("derby.jar is not on the test classpath", e);
        }
    }

    Connection connect() throws SQLException {
        return driver.connect(url + ";create=true", new Properties());
    }

    boolean tableExists(String table) throws SQLException {
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), table, null)) {
                return rs.next();
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            driver.connect(url + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            assertEquals("08006", e.getSQLState(), "Derby answers a clean shutdown with 08006");
        }
    }

    /** The migrations of the bundle, read from the module folder (the working directory of surefire). */
    static List<Migration> shippedMigrations() {
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted()
                    .map(p -> Migration.fromFile(p.getFileName().toString(), read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
