package org.openfse.core.store;

/**
 * Optimistic locking conflict: the aggregate was changed (or deleted) by somebody else, on this
 * or another workstation, after it was read. Nothing of the transaction was written. The user
 * reloads the object and makes the change again.
 *
 * <p>{@link #userMessage()} says so in French, naming the object.
 */
public final class ConcurrentUpdateException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final long id;
    private final long expectedVersion;
    private final long storedVersion;

    /**
     * @param entity the aggregate type's simple name
     * @param id the aggregate id
     * @param expectedVersion the version the object was read with
     * @param storedVersion the version in the database, 0 when it was deleted
     * @param userMessage the French text for the user
     */
    public ConcurrentUpdateException(String entity, long id, long expectedVersion, long storedVersion,
            String userMessage) {
        super(entity + " " + id + " was " + (storedVersion == 0 ? "deleted" : "changed") + " by someone else: version "
                + expectedVersion + " was read, the database holds " + (storedVersion == 0 ? "none" : storedVersion),
                userMessage, null);
        this.entity = entity;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version in the database, 0 when the aggregate was deleted. */
    public long storedVersion() {
        return storedVersion;
    }
}
