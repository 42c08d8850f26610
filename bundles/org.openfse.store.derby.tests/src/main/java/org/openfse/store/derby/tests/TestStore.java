package org.openfse.store.derby.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The one store configuration of this test runtime, set once through Config Admin: server mode
 * on {@code derby.system.home} (set by the build), listening on 127.0.0.1 on a free port, with a
 * network password. The store is a delayed component: tests ask only for the registration that
 * carries {@value #MARKER}, so it never starts on the default folder of the machine.
 *
 * <p>The configuration is deliberately never deleted: deleting it would re-register the store
 * with the default configuration, and the "Base de données" health check (a greedy consumer)
 * would start a database in ${user.home}/.openfse. The runtime is thrown away after the run.
 */
public final class TestStore {

    public static final String PID = "org.openfse.store.derby";
    public static final String MARKER = "openfse.test";
    public static final String CONFIGURED = "(" + MARKER + "=store.derby.tests)";
    public static final String NETWORK_PASSWORD = "reseau-de-test";

    private static Integer port;

    private TestStore() {
    }

    /** Configures the store (once) and returns its network port. */
    public static synchronized int configure(ConfigurationAdmin configurationAdmin) throws IOException {
        if (port == null) {
            // a database left by an earlier run (maybe of an older schema) is not this run's
            deleteTree(home());
            Files.createDirectories(home());
            int free;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                free = socket.getLocalPort();
            }
            Configuration configuration = configurationAdmin.getConfiguration(PID, "?");
            configuration.update(new Hashtable<>(Map.of("dataFolder", home().toString(), "mode", "server",
                    "listenAddress", "127.0.0.1", "port", free, "networkPassword", NETWORK_PASSWORD,
                    MARKER, "store.derby.tests")));
            port = free;
        }
        return port;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The data folder of the configured store: derby.system.home. */
    public static Path home() {
        String home = System.getProperty("derby.system.home");
        if (home == null) {
            throw new IllegalStateException("the build sets derby.system.home for these tests");
        }
        return Path.of(home).toAbsolutePath().normalize();
    }

    /** A fresh folder under target/ (openfse.test.output, set by the build). */
    public static Path newFolder(String prefix) {
        Path output = Path.of(System.getProperty("openfse.test.output", System.getProperty("java.io.tmpdir")));
        try {
            Files.createDirectories(output);
            return Files.createTempDirectory(output, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
