package org.openfse.store.derby.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.core.store.StoreInfo;
import org.openfse.core.store.UnitOfWork;

/**
 * The {@link Store} itself, in plain Java: the {@code DerbyStore} component only reads its
 * configuration and hands it the drivers, the migrations and the model. One
 * {@link DerbyDatabase} is open at a time; transactions, backups and queries share it (read
 * lock) and a restore replaces it (write lock, after the running transactions end).
 */
final class StoreEngine implements Store, AutoCloseable {

    /** The actor of transactions started without one. */
    static String defaultActor() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "system" : user;
    }

    private static final ThreadLocal<Boolean> IN_TRANSACTION = ThreadLocal.withInitial(() -> false);

    private final Driver embedded;
    private final Driver client;
    private final StoreOptions options;
    private final List<Migration> migrations;
    private final ModelMapping mapping;
    private final QueryCatalog queries;
    private final TableOrder order;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private DerbyDatabase database;

    StoreEngine(Driver embedded, Driver client, StoreOptions options, List<Migration> migrations, ModelMapping mapping) {
        this.embedded = embedded;
        this.client = client;
        this.options = Objects.requireNonNull(options, "options");
        this.migrations = List.copyOf(migrations);
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.queries = new QueryCatalog(mapping);
        this.order = new TableOrder(mapping);
        this.database = open();
        this.warmUp = WarmUp.start(this);
    }

    private volatile Thread warmUp;

    /** Waits (at most {@code millis}) for the background warm-up to end; for benchmarks. */
    boolean awaitWarmUp(long millis) throws InterruptedException {
        Thread thread = warmUp;
        if (thread != null) {
            thread.join(millis);
            return !thread.isAlive();
        }
        return true;
    }

    private DerbyDatabase open() {
        DerbyDatabase opened = DerbyDatabase.open(embedded, client, options, migrations);
        try {
            checkSchema(opened);
        } catch (RuntimeException e) {
            try {
                opened.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return opened;
    }

    private void checkSchema(DerbyDatabase opened) {
        Connection connection = null;
        try {
            connection = opened.borrow();
            List<String> missing = SchemaCheck.missing(connection, mapping);
            if (!missing.isEmpty()) {
                throw new StoreException("the database schema does not fit the model, missing: " + missing,
                        Messages.get("open.schemaMismatch", opened.location(), String.join(", ", missing)), null);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the database schema: " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                opened.release(connection, false);
            }
        }
    }

    private DerbyDatabase current() {
        DerbyDatabase db = database;
        if (db == null) {
            throw new StoreException("the store is closed", Messages.get("store.closed"), null);
        }
        return db;
    }

    ModelMapping mapping() {
        return mapping;
    }

    StoreOptions options() {
        return options;
    }

    @Override
    public StoreInfo info() {
        lock.readLock().lock();
        try {
            return current().info();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public boolean ping() {
        lock.readLock().lock();
        try {
            DerbyDatabase db = database;
            return db != null && db.ping();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Path backup(Path folder) {
        lock.readLock().lock();
        try {
            return current().backup(folder);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Set<Class<?>> aggregateTypes() {
        return mapping.aggregateTypes();
    }

    @Override
    public <R> R inTransaction(UnitOfWork<R> work) {
        return inTransaction(defaultActor(), work);
    }

    @Override
    public <R> R inTransaction(String actor, UnitOfWork<R> work) {
        Objects.requireNonNull(work, "work");
        String who = actor == null || actor.isBlank() ? defaultActor() : actor.strip();
        if (IN_TRANSACTION.get()) {
            throw new IllegalStateException("transactions are not nested: use the Transaction the work received");
        }
        lock.readLock().lock();
        IN_TRANSACTION.set(true);
        try {
            return run(current(), who, work);
        } finally {
            IN_TRANSACTION.set(false);
            lock.readLock().unlock();
        }
    }

    private <R> R run(DerbyDatabase db, String actor, UnitOfWork<R> work) {
        Connection connection;
        try {
            connection = db.borrow();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw SqlErrors.translate("starting a transaction", e);
        }
        DerbyTransaction tx = new DerbyTransaction(db, connection, mapping, queries, order, actor);
        try {
            R result = work.run(tx);
            if (tx.rollbackOnly()) {
                connection.rollback();
                tx.undo();
            } else {
                tx.flush();
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            rollback(connection, e, tx);
            tx.undo();
            throw tx.failure("committing", e);
        } catch (RuntimeException | Error e) {
            rollback(connection, e, tx);
            tx.undo();
            throw e;
        } finally {
            tx.close();
            db.release(connection, tx.broken());
        }
    }

    private static void rollback(Connection connection, Throwable cause, DerbyTransaction tx) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            tx.markBroken();
            cause.addSuppressed(e);
        }
    }

    /**
     * Replaces the database by a backup: the current database folder is kept aside as
     * {@code db.before-restore-<time>} until the restored copy is open and migrated; if anything
     * fails, it is put back and reopened.
     */
    @Override
    public void restore(Path backup) {
        Objects.requireNonNull(backup, "backup");
        if (options.mode() == StoreMode.CLIENT) {
            throw new StoreException("restore is not possible in client mode", Messages.get("restore.client"), null);
        }
        Path copy = locateBackup(backup.toAbsolutePath().normalize());
        if (DerbyDatabase.isEncrypted(copy) && options.bootPassword().isEmpty()) {
            throw new StoreException("the backup " + copy + " is encrypted and no boot password is configured",
                    Messages.get("restore.encrypted.noPassword", copy.toString()), null);
        }
        lock.writeLock().lock();
        try {
            Path live = options.databaseFolder();
            if (copy.startsWith(live)) {
                throw new StoreException("the backup " + copy + " is inside the live database " + live,
                        Messages.get("restore.notABackup", copy.toString()), null);
            }
            current().close();
            database = null;
            Path aside = live.resolveSibling(live.getFileName() + ".before-restore-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
            move(live, aside);
            try {
                restoreFrom(copy);
                database = open();
            } catch (RuntimeException e) {
                try {
                    deleteTree(live);
                    move(aside, live);
                    database = open();
                } catch (RuntimeException putBack) {
                    e.addSuppressed(putBack);
                }
                throw e;
            }
            audit("RESTORE", copy.toString());
            warmUp = WarmUp.start(this);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void audit(String action, String detail) {
        DerbyDatabase db = current();
        run(db, defaultActor(), work -> {
            DerbyTransaction tx = (DerbyTransaction) work;
            try {
                tx.audit().write("Database", "db", action, null, "{\"from\":" + Json.string(detail) + "}");
            } catch (SQLException e) {
                throw tx.failure("auditing the restore", e);
            }
            return null;
        });
    }

    /** The database folder of a backup: {@code folder} itself, or its {@code db} sub-folder. */
    static Path locateBackup(Path folder) {
        if (Files.isRegularFile(folder.resolve("service.properties"))) {
            return folder;
        }
        Path db = folder.resolve(DataFolders.DATABASE_FOLDER);
        if (Files.isRegularFile(db.resolve("service.properties"))) {
            return db;
        }
        throw new StoreException(folder + " holds no Derby database (no service.properties)",
                Messages.get("restore.notABackup", folder.toString()), null);
    }

    private void restoreFrom(Path copy) {
        Connector connector = Connector.embedded(embedded, options.asEmbedded());
        Properties restore = new Properties();
        restore.setProperty("restoreFrom", copy.toString());
        try (Connection connection = connector.connect(restore)) {
            connection.getMetaData();
        } catch (SQLException e) {
            throw new StoreException("the restore from " + copy + " failed: " + e.getMessage(),
                    SqlErrors.has(e, SqlErrors.WRONG_BOOT_PASSWORD) ? Messages.get("restore.encrypted.wrongPassword", copy.toString())
                            : Messages.get("restore.failed", copy.toString(), String.valueOf(e.getMessage())), e);
        }
        try {
            connector.shutdown();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new StoreException("cannot close the restored database: " + e.getMessage(), e);
            }
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot move " + from + " to " + to + ": " + e.getMessage(),
                    Messages.get("restore.move", from.toString(), to.toString()), e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new StoreException("cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Shuts the database down; later calls fail with "the store is closed". */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (database != null) {
                database.close();
                database = null;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether this workstation shares its database on the network now. */
    boolean serving() {
        DerbyDatabase db = database;
        return db != null && db.serving();
    }
}
