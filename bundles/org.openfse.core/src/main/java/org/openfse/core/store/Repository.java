package org.openfse.core.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores one aggregate type: the root object and everything it contains are written and read
 * as a unit. Objects from other aggregates that the root refers to are stored as references
 * (their ids); they must have been stored first.
 *
 * <p>Identity and version: a stored object remembers its id and version (the store attaches
 * them to the object; {@link #idOf(Object)} and {@link #versionOf(Object)} read them). An
 * object read in one transaction can be changed and updated in a later one: if somebody else
 * updated or deleted it in between, {@link #update(Object)} throws
 * {@link ConcurrentUpdateException}.
 *
 * @param <T> the aggregate root type
 */
@ProviderType
public interface Repository<T> {

    /** The aggregate root type. */
    Class<T> type();

    /**
     * Stores a new aggregate; it gets an id and version 1.
     *
     * @return the new id
     * @throws IllegalArgumentException when the object was already stored
     */
    long insert(T object);

    /**
     * Writes the changes of a stored aggregate (root and contained objects) and increments its
     * version.
     *
     * @throws ConcurrentUpdateException when the stored version is not the one the object was
     *         read with (somebody else changed or deleted it)
     * @throws IllegalArgumentException when the object was never stored
     */
    void update(T object);

    /**
     * Deletes a stored aggregate and everything it contains.
     *
     * @throws ConcurrentUpdateException when somebody else changed or deleted it since it was read
     */
    void delete(T object);

    /** The aggregate with this id, empty when there is none. */
    Optional<T> find(long id);

    /**
     * The aggregate with this id.
     *
     * @throws StoreException when there is none
     */
    T get(long id);

    /** How many aggregates of this type are stored. */
    long count();

    /**
     * One page of aggregates, sorted and filtered in the database (the whole table is never
     * loaded).
     *
     * @throws IllegalArgumentException when the sort key is not one of {@link #sortKeys()}
     */
    Page<T> page(PageRequest request);

    /** The sort keys {@link #page(PageRequest)} accepts; the first is the default order. */
    Set<String> sortKeys();

    /**
     * The aggregates whose attribute {@code key} equals {@code value}, for the lookup keys of this
     * type ({@link #lookupKeys()}: a patient's {@code nir}, an invoice's {@code number}...).
     *
     * @throws IllegalArgumentException when {@code key} is not a lookup key
     */
    List<T> findBy(String key, Object value);

    /** The attributes {@link #findBy(String, Object)} accepts. */
    Set<String> lookupKeys();

    /**
     * The id of a stored object.
     *
     * @throws IllegalArgumentException when the object was never stored
     */
    long idOf(T object);

    /**
     * The version the object was read or last written with (1 after insert).
     *
     * @throws IllegalArgumentException when the object was never stored
     */
    long versionOf(T object);
}
