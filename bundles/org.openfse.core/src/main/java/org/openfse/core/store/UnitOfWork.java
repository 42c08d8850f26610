package org.openfse.core.store;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The work done in one transaction, see {@link Store#inTransaction(String, UnitOfWork)}.
 *
 * @param <R> what the work returns ({@code Void} and {@code null} when nothing)
 */
@FunctionalInterface
@ConsumerType
public interface UnitOfWork<R> {

    /**
     * Reads and writes through {@code tx}. Throwing rolls the whole transaction back.
     */
    R run(Transaction tx);
}
