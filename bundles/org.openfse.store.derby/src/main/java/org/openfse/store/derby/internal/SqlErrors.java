package org.openfse.store.derby.internal;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.openfse.core.store.StoreException;

/**
 * Reads Derby's SQLStates (Derby wraps the real reason of a failed boot in {@code XJ040} and
 * chains it with {@code getNextException()}), and turns the ones a user can act on into a
 * {@link StoreException} with a French text.
 */
final class SqlErrors {

    static final String LOCK_TIMEOUT = "40XL1";
    static final String DEADLOCK = "40001";
    static final String WRONG_BOOT_PASSWORD = "XBM06";
    static final String ALREADY_BOOTED = "XSDB6";
    static final String AUTHENTICATION = "08004";
    static final String CANNOT_CONNECT = "08001";
    static final String DUPLICATE_KEY = "23505";
    static final String FOREIGN_KEY = "23503";
    static final String DATABASE_NOT_FOUND = "XJ004";

    private SqlErrors() {
    }

    /** Whether {@code state} appears anywhere in the chain of {@code e}. */
    static boolean has(Throwable e, String state) {
        return find(e, state).isPresent();
    }

    static Optional<SQLException> find(Throwable e, String state) {
        Set<Throwable> seen = new HashSet<>();
        return find(e, state, seen);
    }

    private static Optional<SQLException> find(Throwable e, String state, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return Optional.empty();
        }
        if (e instanceof SQLException sql) {
            if (state.equals(sql.getSQLState())) {
                return Optional.of(sql);
            }
            Optional<SQLException> next = find(sql.getNextException(), state, seen);
            if (next.isPresent()) {
                return next;
            }
        }
        return find(e.getCause(), state, seen);
    }

    /** Whether the connection that threw {@code e} is gone (SQLState class 08, or a shutdown). */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || "XJ015".equals(state) || "57017".equals(state));
    }

    /**
     * The failure of an operation during a transaction, with a French text when the user can
     * act on it.
     *
     * @param what what was being done, in English, for the log
     */
    static StoreException translate(String what, SQLException e) {
        String log = what + " failed: " + e.getMessage() + " (SQLState " + e.getSQLState() + ")";
        if (has(e, LOCK_TIMEOUT) || has(e, DEADLOCK)) {
            return new StoreException(log, Messages.get("tx.busy"), e);
        }
        if (connectionLost(e) || has(e, CANNOT_CONNECT)) {
            return new StoreException(log, Messages.get("tx.connectionLost"), e);
        }
        if (has(e, DUPLICATE_KEY)) {
            return new StoreException(log, Messages.get("tx.duplicate"), e);
        }
        Optional<SQLException> foreignKey = find(e, FOREIGN_KEY);
        if (foreignKey.isPresent()) {
            String text = String.valueOf(foreignKey.get().getMessage());
            boolean deleting = text.startsWith("DELETE") || what.startsWith("deleting");
            return new StoreException(log, Messages.get(deleting ? "tx.stillReferenced" : "tx.missingReference"), e);
        }
        return new StoreException(log, Messages.get("tx.failed", String.valueOf(e.getMessage())), e);
    }
}
