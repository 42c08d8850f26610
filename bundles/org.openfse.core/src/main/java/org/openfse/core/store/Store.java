package org.openfse.core.store;

import java.nio.file.Path;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Persistence of the billing domain. The store speaks domain types; SQL and migrations stay
 * inside the implementation so that another engine (PostgreSQL) can replace Derby.
 * The schema is built by numbered migrations applied at start.
 *
 * <p>Everything that reads or writes domain objects runs in a {@linkplain #inTransaction
 * transaction}: a {@link Transaction} hands out one {@link Repository} per aggregate type
 * (the EMF classes of {@code org.openfse.model} that are aggregate roots, see
 * {@link #aggregateTypes()}). The transaction commits when the work returns and rolls back
 * when it throws, so a failure in the middle leaves nothing half written.
 *
 * <pre>{@code
 * long id = store.inTransaction(tx -> tx.repository(Patient.class).insert(patient));
 * }</pre>
 *
 * <p>Concurrent edits are detected by optimistic locking: every stored aggregate carries a
 * version, and an update or delete of an object that somebody else changed in the meantime
 * throws {@link ConcurrentUpdateException} (and the transaction rolls back). Every insert,
 * update and delete writes an {@link AuditRecord} in the same transaction.
 */
@ProviderType
public interface Store {

    /** Engine, location and schema version. */
    StoreInfo info();

    /**
     * Whether the database answers now (used by {@code doctor} and the status bar).
     */
    boolean ping();

    /**
     * Copies the whole database, consistently and while it is in use, into a new sub-folder
     * of {@code folder}.
     *
     * @return the folder that holds the copy
     * @throws StoreException when the backup failed; no partial copy is left claiming success
     */
    Path backup(Path folder);

    /**
     * Replaces the whole database by a copy made by {@link #backup(Path)}: {@code backup} is the
     * folder {@code backup()} returned, or the folder given to it. Transactions running at that
     * moment fail; the ones started afterwards see the restored data. The copy is checked
     * before anything is replaced: when it is not a usable OpenFSE database the current
     * database stays as it was.
     *
     * @throws StoreException when the copy is missing, not a database, written by a newer
     *         OpenFSE, or the restore failed (the current database is then kept)
     */
    void restore(Path backup);

    /**
     * Runs {@code work} in one transaction on behalf of the user of the operating system
     * ({@code user.name}); see {@link #inTransaction(String, UnitOfWork)}.
     */
    <R> R inTransaction(UnitOfWork<R> work);

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws
     * (the exception is passed on unchanged, a {@link StoreException} for store failures).
     * Transactions are not nested: the work uses the {@link Transaction} it receives and never
     * calls {@code inTransaction} again.
     *
     * @param actor who makes the changes, recorded in the audit trail (a practitioner's PS
     *        number, a user name, {@code system}...)
     * @return what {@code work} returned
     */
    <R> R inTransaction(String actor, UnitOfWork<R> work);

    /** The aggregate types that {@link Transaction#repository(Class)} accepts. */
    Set<Class<?>> aggregateTypes();
}
