package org.openfse.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a few idle connections for reuse: opening a connection costs little in embedded mode but
 * a network round trip and a login in client mode. A connection goes back to the pool only when
 * its transaction has ended (committed or rolled back).
 */
final class ConnectionPool implements AutoCloseable {

    static final int MAX_IDLE = 8;

    private final Connector connector;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    ConnectionPool(Connector connector) {
        this.connector = connector;
    }

    /** An open connection with auto-commit on. */
    Connection borrow() throws SQLException {
        if (closed.get()) {
            throw new SQLException("the connection pool is closed", "08003");
        }
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            if (!connection.isClosed()) {
                return connection;
            }
        }
        return connector.connect();
    }

    /**
     * Gives a connection back; it is kept when healthy and room is left, closed otherwise.
     *
     * @param broken whether the connection failed in a way that makes it unusable
     */
    void release(Connection connection, boolean broken) {
        try {
            if (broken || closed.get() || connection.isClosed() || idle.size() >= MAX_IDLE) {
                connection.close();
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            idle.addFirst(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
        }
        if (closed.get()) {
            drain();
        }
    }

    /** Closes the idle connections and refuses new borrowings. */
    @Override
    public void close() {
        closed.set(true);
        drain();
    }

    private void drain() {
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing more to do
        }
    }
}
