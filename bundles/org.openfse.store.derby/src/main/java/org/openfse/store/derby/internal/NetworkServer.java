package org.openfse.store.derby.internal;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import org.apache.derby.drda.NetworkServerControl;
import org.openfse.core.store.StoreException;

/**
 * Derby's network server started in this process (server mode): other workstations reach the
 * database {@value #DATABASE_NAME} (the {@code db} folder under {@code derby.system.home}, set to
 * the data folder) with the network client. Derby checks the user and password of every network
 * connection against the database's own credentials ({@link DatabaseSecurity}).
 */
final class NetworkServer implements AutoCloseable {

    /** The database name clients ask for: the database folder, relative to {@code derby.system.home}. */
    static final String DATABASE_NAME = DataFolders.DATABASE_FOLDER;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(50);

    private final NetworkServerControl control;
    private final String address;

    private NetworkServer(NetworkServerControl control, String address) {
        this.control = control;
        this.address = address;
    }

    /**
     * Starts the server and waits until it answers.
     *
     * @throws StoreException when the address is unknown, the port is taken, or the server does
     *         not answer within {@link #START_TIMEOUT}
     */
    static NetworkServer start(String listenAddress, int port, String user, String password, PrintWriter log) {
        Objects.requireNonNull(log, "log");
        String address = listenAddress + ":" + port;
        NetworkServerControl control;
        try {
            control = new NetworkServerControl(InetAddress.getByName(listenAddress), port, user, password);
        } catch (UnknownHostException e) {
            throw new StoreException("unknown listen address " + listenAddress,
                    Messages.get("network.address.unknown", listenAddress), e);
        } catch (Exception e) {
            throw new StoreException("cannot create the Derby network server on " + address + ": " + e.getMessage(),
                    Messages.get("network.start.failed", address, String.valueOf(e.getMessage())), e);
        }
        try {
            control.start(log);
        } catch (Exception e) {
            throw new StoreException("the Derby network server did not start on " + address + ": " + e.getMessage(),
                    Messages.get("network.start.failed", address, String.valueOf(e.getMessage())), e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                control.ping();
                return new NetworkServer(control, address);
            } catch (Exception e) {
                last = e;
                // the server thread is still binding its socket: ask again shortly
                LockSupport.parkNanos(POLL.toNanos());
            }
        }
        NetworkServer server = new NetworkServer(control, address);
        server.close();
        String reason = last == null ? "no answer" : String.valueOf(last.getMessage());
        throw new StoreException("the Derby network server on " + address + " did not answer within "
                + START_TIMEOUT.toSeconds() + " s: " + reason,
                Messages.get("network.start.failed", address, reason), last);
    }

    String address() {
        return address;
    }

    boolean answers() {
        try {
            control.ping();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            control.shutdown();
        } catch (Exception e) {
            // already stopped, or never listened: nothing left to stop
        }
    }
}
