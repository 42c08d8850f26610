package org.openfse.store.derby.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.openfse.core.store.StoreException;
import org.openfse.core.store.StoreInfo;

/**
 * One open database: its connector, connection pool, id allocator and, in server mode, the
 * network server. Built (booted, migrated, shared) and shut down as a unit; every operation
 * borrows a pooled connection, so the object is thread-safe.
 *
 * <ul>
 * <li>Embedded and server modes boot the database in {@code <data>/db}, creating it when
 * missing. With encryption on, a new database is created encrypted and an existing clear one is
 * encrypted at this boot (Derby does it in place). An encrypted database needs its boot
 * password at every boot.</li>
 * <li>Server mode also requires a user and password for every connection (Derby's BUILTIN
 * authentication, turned on in the database the first time, which takes one more boot) and
 * starts Derby's network server.</li>
 * <li>Client mode connects to a server workstation and checks (or applies) the migrations
 * there.</li>
 * </ul>
 */
final class DerbyDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DerbyDatabase.class.getName());

    /** Derby's log file property; set to {@code <data>/derby.log} when nobody chose one. */
    static final String ERROR_FILE_PROPERTY = "derby.stream.error.file";

    /** Where relative database names (the network clients' {@code db}) are resolved. */
    static final String SYSTEM_HOME_PROPERTY = "derby.system.home";

    /** System-level BUILTIN user of Derby: {@code derby.user.<name>=<password>}. */
    static final String USER_PROPERTY_PREFIX = "derby.user.";

    static final String REQUIRE_AUTHENTICATION = "derby.connection.requireAuthentication";

    /**
     * Derby writes its transaction log with synchronous writes by default ("rws"); with this
     * property it writes normally and forces the log to disk at each commit (FileDescriptor.sync).
     * A committed transaction is on disk either way; this way costs one sync per commit instead
     * of one per log buffer, which makes large transactions (imports) several times faster.
     * Set unless the administrator chose a value.
     */
    static final String FILE_SYNC_PROPERTY = "derby.storage.fileSyncTransactionLog";

    /**
     * Compiled statements Derby keeps (100 by default): the store uses a few per table (insert,
     * update, reads by id lists of four sizes), more than 100 in all, and compiling a statement
     * again costs tens of milliseconds.
     */
    static final String STATEMENT_CACHE_PROPERTY = "derby.language.statementCacheSize";
    static final String STATEMENT_CACHE_SIZE = "500";

    /** SQLState of a successful single-database shutdown. */
    private static final String SHUTDOWN_OK = "08006";

    private final StoreOptions options;
    private final Connector connector;
    private final ConnectionPool pool;
    private final NetworkServer server;
    private final String engine;
    private final boolean encrypted;
    private final IdAllocator ids;

    private DerbyDatabase(StoreOptions options, Connector connector, NetworkServer server, String engine,
            boolean encrypted) {
        this.options = options;
        this.connector = connector;
        this.pool = new ConnectionPool(connector);
        this.server = server;
        this.engine = engine;
        this.encrypted = encrypted;
        this.ids = new IdAllocator();
    }

    /** Opens a plain local database (embedded mode, no encryption): tests and tools. */
    static DerbyDatabase open(Driver embedded, Path dataFolder, List<Migration> migrations) {
        return open(embedded, null, StoreOptions.embedded(dataFolder), migrations);
    }

    /**
     * Opens the database the options describe and applies the pending migrations.
     *
     * @param embedded Derby's embedded driver; in OSGi {@code new EmbeddedDriver()}, because
     *        {@code DriverManager} does not see drivers across bundles reliably
     * @param client Derby's network client driver, needed in client mode only
     * @throws StoreException when the folder cannot be created, Derby does not start, the boot
     *         password is missing or wrong, or a migration fails (the database is shut down
     *         again); {@link StoreException#userMessage()} says what to do
     */
    static DerbyDatabase open(Driver embedded, Driver client, StoreOptions options, List<Migration> migrations) {
        Objects.requireNonNull(options, "options");
        if (options.mode() == StoreMode.CLIENT) {
            return openClient(Objects.requireNonNull(client, "client driver"), options, migrations);
        }
        return openLocal(Objects.requireNonNull(embedded, "embedded driver"), options, migrations);
    }

    private static DerbyDatabase openLocal(Driver driver, StoreOptions options, List<Migration> migrations) {
        Path data = options.dataFolder();
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + data,
                    Messages.get("open.dataFolder", data.toString()), e);
        }
        if (System.getProperty(ERROR_FILE_PROPERTY) == null) {
            System.setProperty(ERROR_FILE_PROPERTY, data.resolve("derby.log").toString());
        }
        if (System.getProperty(FILE_SYNC_PROPERTY) == null) {
            System.setProperty(FILE_SYNC_PROPERTY, "true");
        }
        if (System.getProperty(STATEMENT_CACHE_PROPERTY) == null) {
            System.setProperty(STATEMENT_CACHE_PROPERTY, STATEMENT_CACHE_SIZE);
        }
        if (options.mode() == StoreMode.SERVER && System.getProperty(SYSTEM_HOME_PROPERTY) == null) {
            System.setProperty(SYSTEM_HOME_PROPERTY, data.toString());
        }
        if (!options.networkPassword().isEmpty()) {
            System.setProperty(USER_PROPERTY_PREFIX + StoreOptions.NETWORK_USER, options.networkPassword());
        }
        Path databaseFolder = options.databaseFolder();
        boolean exists = Files.isRegularFile(databaseFolder.resolve("service.properties"));
        boolean wasEncrypted = exists && isEncrypted(databaseFolder);
        if (wasEncrypted && options.bootPassword().isEmpty()) {
            throw new StoreException("the database in " + databaseFolder + " is encrypted and no boot password is configured",
                    Messages.get("open.encrypted.noPassword", databaseFolder.toString()), null);
        }
        Properties boot = new Properties();
        if (!exists) {
            boot.setProperty("create", "true");
        }
        if (options.encrypted() && !wasEncrypted) {
            boot.setProperty("dataEncryption", "true");
        }
        Connector connector = Connector.embedded(driver, options);
        String engine = boot(connector, boot, migrations, databaseFolder.toString(), true);
        boolean encrypted = isEncrypted(databaseFolder);
        if (options.mode() != StoreMode.SERVER) {
            return new DerbyDatabase(options, connector, null, engine, encrypted);
        }
        if (!requiresAuthentication(connector)) {
            // BUILTIN authentication is a static database property: it takes effect at the next boot
            requireAuthentication(connector);
            shutdown(connector);
            boot(connector, new Properties(), migrations, databaseFolder.toString(), true);
        }
        NetworkServer server;
        try {
            checkSystemHome(databaseFolder);
            server = NetworkServer.start(options.listenAddress(), options.port(), StoreOptions.NETWORK_USER,
                    options.networkPassword(), new PrintWriter(new LogWriter(LOG), true));
        } catch (NoClassDefFoundError e) {
            shutdown(connector);
            throw new StoreException("Derby's network server (derbynet, fragment org.apache.derby.net) is not installed: " + e,
                    Messages.get("network.missing"), e);
        } catch (StoreException e) {
            shutdown(connector);
            throw e;
        }
        return new DerbyDatabase(options, connector, server, engine, encrypted);
    }

    private static DerbyDatabase openClient(Driver driver, StoreOptions options, List<Migration> migrations) {
        Connector connector = Connector.client(driver, options);
        String engine = boot(connector, new Properties(), migrations, connector.description(), false);
        return new DerbyDatabase(options, connector, null, engine, false);
    }

    /** Connects (booting the database), reads the engine name and migrates; returns the engine. */
    private static String boot(Connector connector, Properties boot, List<Migration> migrations, String where, boolean local) {
        try (Connection connection = connector.connect(boot)) {
            DatabaseMetaData meta = connection.getMetaData();
            String engine = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0];
            new MigrationRunner(connection).migrate(migrations);
            return engine;
        } catch (SQLException e) {
            throw openFailure(e, where, local);
        } catch (MigrationException e) {
            try {
                shutdown(connector);
            } catch (StoreException closing) {
                e.addSuppressed(closing);
            }
            throw new StoreException("the database schema in " + where + " cannot be updated: " + e.getMessage(),
                    Messages.get("open.migration", where, e.getMessage()), e);
        }
    }

    private static StoreException openFailure(SQLException e, String where, boolean local) {
        String log = "cannot open the Derby database " + where + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")";
        if (SqlErrors.has(e, SqlErrors.WRONG_BOOT_PASSWORD)) {
            return new StoreException(log, Messages.get("open.encrypted.wrongPassword", where), e);
        }
        if (SqlErrors.has(e, SqlErrors.ALREADY_BOOTED)) {
            return new StoreException(log, Messages.get("open.alreadyOpen", where), e);
        }
        if (SqlErrors.has(e, SqlErrors.AUTHENTICATION)) {
            return new StoreException(log, Messages.get(local ? "open.authentication.local" : "open.authentication", where), e);
        }
        if (SqlErrors.has(e, SqlErrors.CANNOT_CONNECT)) {
            return new StoreException(log, Messages.get("open.noServer", where), e);
        }
        if (SqlErrors.has(e, SqlErrors.DATABASE_NOT_FOUND)) {
            return new StoreException(log, Messages.get("open.notFound", where), e);
        }
        return new StoreException(log, Messages.get("open.failed", where, String.valueOf(e.getMessage())), e);
    }

    /** Whether Derby's {@code service.properties} of the database folder says it is encrypted. */
    static boolean isEncrypted(Path databaseFolder) {
        Path file = databaseFolder.resolve("service.properties");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Boolean.parseBoolean(properties.getProperty("dataEncryption", "false").strip());
    }

    private static boolean requiresAuthentication(Connector connector) {
        try (Connection connection = connector.connect();
                PreparedStatement st = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
            st.setString(1, REQUIRE_AUTHENTICATION);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && "true".equalsIgnoreCase(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the authentication settings: " + e.getMessage(),
                    Messages.get("open.failed", connector.description(), String.valueOf(e.getMessage())), e);
        }
    }

    private static void requireAuthentication(Connector connector) {
        try (Connection connection = connector.connect();
                CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            call.setString(1, "derby.authentication.provider");
            call.setString(2, "BUILTIN");
            call.execute();
            call.setString(1, REQUIRE_AUTHENTICATION);
            call.setString(2, "true");
            call.execute();
        } catch (SQLException e) {
            throw new StoreException("cannot turn on authentication: " + e.getMessage(),
                    Messages.get("open.failed", connector.description(), String.valueOf(e.getMessage())), e);
        }
    }

    /** Network clients name the database {@code db}: Derby must resolve that to this folder. */
    private static void checkSystemHome(Path databaseFolder) {
        String home = System.getProperty(SYSTEM_HOME_PROPERTY);
        Path resolved = Path.of(home == null ? System.getProperty("user.dir") : home).toAbsolutePath().normalize()
                .resolve(NetworkServer.DATABASE_NAME);
        if (!resolved.equals(databaseFolder)) {
            throw new StoreException("the network server would serve " + resolved + " instead of " + databaseFolder
                    + ": " + SYSTEM_HOME_PROPERTY + " is " + home,
                    Messages.get("network.systemHome", databaseFolder.getParent().toString(), String.valueOf(home)), null);
        }
    }

    private static void shutdown(Connector connector) {
        try {
            connector.shutdown();
            throw new StoreException("Derby did not confirm the shutdown of " + connector.description(), null);
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                throw new StoreException("the shutdown of " + connector.description() + " failed: " + e.getMessage(), e);
            }
        }
    }

    StoreOptions options() {
        return options;
    }

    /** A pooled connection with auto-commit on; give it back with {@link #release}. */
    Connection borrow() throws SQLException {
        return pool.borrow();
    }

    void release(Connection connection, boolean broken) {
        pool.release(connection, broken);
    }

    IdAllocator ids() {
        return ids;
    }

    Path dataFolder() {
        return options.dataFolder();
    }

    Path databaseFolder() {
        return options.databaseFolder();
    }

    /** The location shown to the user: the database folder, or {@code host:port/db} for a client. */
    String location() {
        return options.mode() == StoreMode.CLIENT ? connector.description() : options.databaseFolder().toString();
    }

    StoreInfo info() {
        Connection connection = null;
        boolean broken = false;
        try {
            connection = borrow();
            return new StoreInfo(engine, location(), new MigrationRunner(connection).currentVersion(), encrypted);
        } catch (SQLException e) {
            broken = true;
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        } catch (MigrationException e) {
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                release(connection, broken);
            }
        }
    }

    boolean ping() {
        Connection connection = null;
        boolean broken = false;
        try {
            connection = borrow();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("VALUES 1")) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            broken = true;
            return false;
        } finally {
            if (connection != null) {
                release(connection, broken);
            }
        }
    }

    /** Whether this workstation shares its database (server mode with the network server up). */
    boolean serving() {
        return server != null && server.answers();
    }

    /**
     * Online backup with {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}: Derby writes the copy into
     * {@code <folder>/db} (the name of the database folder). In client mode the server
     * workstation writes the copy, into a folder of its own disk.
     *
     * @throws StoreException when {@code <folder>/db} already exists (a previous backup is never
     *         replaced) or the backup failed
     */
    Path backup(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Path target = folder.toAbsolutePath().normalize();
        Path copy = target.resolve(DataFolders.DATABASE_FOLDER);
        boolean local = options.mode() != StoreMode.CLIENT;
        if (local) {
            if (Files.exists(copy)) {
                throw new StoreException("the backup folder already holds " + copy + "; choose an empty folder",
                        Messages.get("backup.exists", copy.toString()), null);
            }
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                throw new StoreException("cannot create the backup folder " + target,
                        Messages.get("backup.folder", target.toString()), e);
            }
        }
        Connection connection = null;
        boolean broken = false;
        try {
            connection = borrow();
            try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toString());
                call.execute();
            }
        } catch (SQLException e) {
            broken = SqlErrors.connectionLost(e);
            throw new StoreException("the backup into " + target + " failed: " + e.getMessage(),
                    Messages.get("backup.failed", target.toString(), String.valueOf(e.getMessage())), e);
        } finally {
            if (connection != null) {
                release(connection, broken);
            }
        }
        if (local && !Files.isRegularFile(copy.resolve("service.properties"))) {
            throw new StoreException("Derby reported success but " + copy + " holds no service.properties",
                    Messages.get("backup.failed", target.toString(), "service.properties"), null);
        }
        return copy;
    }

    /** Stops sharing, closes the pool and shuts the database down (a client only disconnects). */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        pool.close();
        if (options.mode() != StoreMode.CLIENT) {
            shutdown(connector);
        }
    }

    /** Turns the network server's log lines into log records. */
    private static final class LogWriter extends StringWriter {
        private final System.Logger log;

        LogWriter(System.Logger log) {
            this.log = log;
        }

        @Override
        public void flush() {
            StringBuffer buffer = getBuffer();
            String text = buffer.toString().strip();
            buffer.setLength(0);
            if (!text.isEmpty()) {
                log.log(System.Logger.Level.INFO, text);
            }
        }
    }
}
