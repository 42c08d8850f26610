package org.openfse.store.derby.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.openfse.core.store.StoreException;
import org.openfse.core.store.StoreInfo;

/**
 * One open embedded Derby database in {@code <data>/db}: built (created and migrated) and shut
 * down as a unit. Every operation takes its own connection, so the object is thread-safe.
 */
final class DerbyDatabase implements AutoCloseable {

    /** Derby's log file property; set to {@code <data>/derby.log} when nobody chose one. */
    static final String ERROR_FILE_PROPERTY = "derby.stream.error.file";

    /** SQLState of a successful single-database shutdown. */
    private static final String SHUTDOWN_OK = "08006";

    private final Driver driver;
    private final Path dataFolder;
    private final Path databaseFolder;
    private final String url;
    private final String engine;

    private DerbyDatabase(Driver driver, Path dataFolder, String engine) {
        this.driver = driver;
        this.dataFolder = dataFolder;
        this.databaseFolder = dataFolder.resolve(DataFolders.DATABASE_FOLDER);
        this.url = "jdbc:derby:" + databaseFolder;
        this.engine = engine;
    }

    /**
     * Opens (creating it if missing) the database in {@code <dataFolder>/db} and applies the
     * pending migrations.
     *
     * @param driver Derby's embedded driver; in OSGi {@code new EmbeddedDriver()}, because
     *        {@code DriverManager} does not see drivers across bundles reliably
     *
     * @throws StoreException when the folder cannot be created, Derby does not start, or a
     *         migration fails (the database is shut down again)
     */
    static DerbyDatabase open(Driver driver, Path dataFolder, List<Migration> migrations) {
        Path data = dataFolder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + data, e);
        }
        if (System.getProperty(ERROR_FILE_PROPERTY) == null) {
            System.setProperty(ERROR_FILE_PROPERTY, data.resolve("derby.log").toString());
        }
        Path databaseFolder = data.resolve(DataFolders.DATABASE_FOLDER);
        String engine;
        try (Connection connection = connect(driver, "jdbc:derby:" + databaseFolder + ";create=true")) {
            DatabaseMetaData meta = connection.getMetaData();
            engine = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0];
            new MigrationRunner(connection).migrate(migrations);
        } catch (SQLException e) {
            throw new StoreException("cannot open the Derby database in " + databaseFolder + ": " + e.getMessage(), e);
        } catch (MigrationException e) {
            DerbyDatabase failed = new DerbyDatabase(driver, data, "Apache Derby");
            try {
                failed.close();
            } catch (StoreException closing) {
                e.addSuppressed(closing);
            }
            throw new StoreException("the database schema in " + databaseFolder + " cannot be updated: "
                    + e.getMessage(), e);
        }
        return new DerbyDatabase(driver, data, engine);
    }

    private static Connection connect(Driver driver, String url) throws SQLException {
        Connection connection = driver.connect(url, new Properties());
        if (connection == null) {
            throw new SQLException("the Derby driver does not accept " + url);
        }
        return connection;
    }

    Connection connection() throws SQLException {
        return connect(driver, url);
    }

    Path dataFolder() {
        return dataFolder;
    }

    Path databaseFolder() {
        return databaseFolder;
    }

    StoreInfo info() {
        try (Connection connection = connection()) {
            return new StoreInfo(engine, databaseFolder.toString(), new MigrationRunner(connection).currentVersion(), false);
        } catch (SQLException | MigrationException e) {
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        }
    }

    boolean ping() {
        try (Connection connection = connection();
                Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("VALUES 1")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Online backup with {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}: Derby writes the copy into
     * {@code <folder>/db} (the name of the database folder).
     *
     * @throws StoreException when {@code <folder>/db} already exists (a previous backup is never
     *         replaced) or the backup failed
     */
    Path backup(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Path target = folder.toAbsolutePath().normalize();
        Path copy = target.resolve(databaseFolder.getFileName());
        if (Files.exists(copy)) {
            throw new StoreException("the backup folder already holds " + copy + "; choose an empty folder", null);
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new StoreException("cannot create the backup folder " + target, e);
        }
        try (Connection connection = connection();
                CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        } catch (SQLException e) {
            throw new StoreException("the backup into " + target + " failed: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(copy.resolve("service.properties"))) {
            throw new StoreException("Derby reported success but " + copy + " holds no service.properties", null);
        }
        return copy;
    }

    /** Shuts the database down ({@code ;shutdown=true}, which Derby answers with SQLState 08006). */
    @Override
    public void close() {
        try {
            Connection connection = driver.connect(url + ";shutdown=true", new Properties());
            if (connection != null) {
                connection.close();
            }
            throw new StoreException("Derby did not confirm the shutdown of " + databaseFolder, null);
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                throw new StoreException("the shutdown of " + databaseFolder + " failed: " + e.getMessage(), e);
            }
        }
    }
}
