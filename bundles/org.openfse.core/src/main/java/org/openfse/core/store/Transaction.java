package org.openfse.core.store;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One open transaction of the {@link Store}. Valid only inside the {@link UnitOfWork} that
 * received it; using it afterwards throws {@link IllegalStateException}.
 */
@ProviderType
public interface Transaction {

    /** Who makes the changes, as recorded in the audit trail. */
    String actor();

    /**
     * The repository of an aggregate type (an interface of {@code org.openfse.model} such as
     * {@code Patient} or {@code Invoice}).
     *
     * @throws IllegalArgumentException when the type is not one of {@link Store#aggregateTypes()}
     */
    <T> Repository<T> repository(Class<T> type);

    /**
     * The object a reference of a read aggregate points to. References to objects of other
     * aggregates (an invoice's beneficiary, a lot's invoices) are read as stand-ins that carry
     * only the id; this reads the aggregate that holds the object (in this transaction) and
     * returns the object itself. A stored object that is not a stand-in is returned as read in
     * this transaction.
     *
     * @throws StoreException when the object is not in the database (any more)
     * @throws IllegalArgumentException when the object was never stored
     */
    <T> T resolve(T reference);

    /**
     * The audit trail of one aggregate, oldest first.
     *
     * @param type the aggregate type
     * @param id its id ({@link Repository#idOf(Object)})
     */
    List<AuditRecord> auditTrail(Class<?> type, long id);

    /** The most recent audit records of the whole store, newest first. */
    List<AuditRecord> recentAudit(int limit);

    /** A practice setting (key/value), empty when not set. */
    Optional<String> setting(String name);

    /**
     * Sets or, with {@code null}, removes a practice setting. The change is audited.
     */
    void putSetting(String name, String value);

    /** Makes the transaction roll back when the work returns, without throwing. */
    void setRollbackOnly();
}
