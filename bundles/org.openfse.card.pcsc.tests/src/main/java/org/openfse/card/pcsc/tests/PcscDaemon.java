package org.openfse.card.pcsc.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The system PC/SC daemon for the tests, started and stopped as design PCSC-TESTING.md §2 shows:
 * {@code pcscd --foreground}, ready once its socket file exists (never by connecting to the vpcd port,
 * which would insert a card). Needs the packages pcscd and vsmartcard-vpcd (installed by .ci/run) and
 * the right to create /run/pcscd (root). Only one pcscd can run on a machine: a pcscd this class did
 * not start makes the tests fail with a message saying so.
 */
final class PcscDaemon implements AutoCloseable {

    static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");
    static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    static final Path VPCD_DRIVER = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    private static final Duration READY = Duration.ofSeconds(10);

    private final Path log;
    private Process process;

    private PcscDaemon(Path log) {
        this.log = log;
    }

    /** Starts pcscd; fails with instructions when it cannot. */
    static PcscDaemon start(Path log) throws IOException {
        PcscDaemon daemon = new PcscDaemon(log);
        daemon.launch();
        return daemon;
    }

    /** Stops pcscd (SIGTERM) and waits until it has cleaned its socket. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        waitFor("pcscd socket removed", () -> !Files.exists(SOCKET), READY);
    }

    /** Stops then starts pcscd again. */
    void restart() throws IOException {
        stop();
        launch();
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() throws IOException {
        Path pcscd = findExecutable("pcscd").orElseThrow(() -> new IllegalStateException(
                "pcscd is not installed: apt-get install --no-install-recommends pcscd vsmartcard-vpcd (see .ci/run)"));
        if (!Files.exists(VPCD_DRIVER)) {
            throw new IllegalStateException("the vpcd driver " + VPCD_DRIVER
                    + " is missing: apt-get install --no-install-recommends vsmartcard-vpcd (see .ci/run)");
        }
        Optional<ProcessHandle> other = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/pcscd")).orElse(false)).findFirst();
        if (other.isPresent()) {
            throw new IllegalStateException("another pcscd is running (pid " + other.get().pid()
                    + "); these tests start their own: stop it first");
        }
        // Left by a pcscd killed with -9 (PCSC-TESTING.md §2): safe to remove when none runs.
        Files.deleteIfExists(SOCKET);
        Files.deleteIfExists(PID_FILE);
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(pcscd.toString(), "--foreground", "--debug")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        waitFor("pcscd socket " + SOCKET + " (log: " + log + ")", () -> Files.exists(SOCKET) || !process.isAlive(), READY);
        if (!process.isAlive()) {
            throw new IllegalStateException("pcscd exited with code " + process.exitValue() + " (needs root to create /run/pcscd); log: "
                    + log);
        }
    }

    private static Optional<Path> findExecutable(String name) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/usr/local/sbin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Waits for a condition, checking every 20 ms. */
    static void waitFor(String what, BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + limit.toMillis() + " ms for: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
