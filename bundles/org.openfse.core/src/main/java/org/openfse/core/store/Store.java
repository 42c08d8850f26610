package org.openfse.core.store;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Persistence of the billing domain. The store speaks domain types; SQL and migrations stay
 * inside the implementation so that another engine (PostgreSQL) can replace Derby.
 * The schema is built by numbered migrations applied at start. Repositories per aggregate are
 * added with the domain model (issue "Domain model and persistence").
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
}
