package org.openfse.card.demo.virtual;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link TestCard} inserted into a virtual reader of the PC/SC daemon through the vpcd driver
 * (package vsmartcard-vpcd). Protocol (design PCSC-TESTING.md §4): the card is the TCP client;
 * connecting is inserting, closing is removing; every message is a 2-byte big-endian length and a
 * payload; a 1-byte payload is a control code ({@code 00} power off, {@code 01} power on, {@code 02}
 * reset, {@code 04} get ATR, only the last one answered); a longer payload is a command APDU, answered
 * with the response APDU.
 *
 * <p>With the default {@code /etc/reader.conf.d/vpcd}, port {@value #SLOT_0_PORT} is the reader
 * "Virtual PCD 00 00" and {@value #SLOT_1_PORT} "Virtual PCD 00 01". Never connect to these ports to
 * see whether pcscd runs: a connection is a card insertion.
 */
public final class VpcdCard implements AutoCloseable {

    /** Where vpcd listens by default. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Port of the first slot, reader "Virtual PCD 00 00" (the Vitale slot of a two-slot reader). */
    public static final int SLOT_0_PORT = 35963;
    /** Port of the second slot, reader "Virtual PCD 00 01" (the CPS slot). */
    public static final int SLOT_1_PORT = 35964;

    private static final System.Logger LOG = System.getLogger(VpcdCard.class.getName());
    private static final int CODE_POWER_OFF = 0x00;
    private static final int CODE_POWER_ON = 0x01;
    private static final int CODE_RESET = 0x02;
    private static final int CODE_GET_ATR = 0x04;
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final TestCard card;
    private final Socket socket;
    private final int port;
    private final Thread thread;
    private final CountDownLatch removed = new CountDownLatch(1);
    private final AtomicInteger commands = new AtomicInteger();
    private volatile int pullAtCommand = Integer.MAX_VALUE;
    private volatile long answerDelayNanos;

    private VpcdCard(TestCard card, Socket socket, int port) {
        this.card = card;
        this.socket = socket;
        this.port = port;
        this.thread = new Thread(this::serve, "vpcd-card-" + port);
        this.thread.setDaemon(true);
    }

    /**
     * Inserts a card: connects to vpcd, retrying while the port refuses (pcscd starting).
     *
     * @throws IOException when vpcd does not accept the connection within {@code timeout}
     */
    public static VpcdCard insert(TestCard card, String host, int port, Duration timeout) throws IOException {
        Objects.requireNonNull(card, "card");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, Math.min(timeout.toMillis(), 2000)));
                VpcdCard inserted = new VpcdCard(card, socket, port);
                inserted.thread.start();
                LOG.log(System.Logger.Level.DEBUG, () -> card.description() + " inserted on vpcd port " + port);
                return inserted;
            } catch (ConnectException e) {
                socket.close();
                if (System.nanoTime() - deadline > 0) {
                    throw new ConnectException("vpcd refuses connections on " + host + ":" + port + " (is pcscd running with "
                            + "vsmartcard-vpcd installed?): " + e.getMessage());
                }
                LockSupport.parkNanos(RETRY_NANOS);
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        }
    }

    /** Inserts a card on the default host. */
    public static VpcdCard insert(TestCard card, int port, Duration timeout) throws IOException {
        return insert(card, DEFAULT_HOST, port, timeout);
    }

    public TestCard card() {
        return card;
    }

    public int port() {
        return port;
    }

    /** Command APDUs received since insertion (control codes not counted). */
    public int commandCount() {
        return commands.get();
    }

    /**
     * Pulls the card out when the {@code n}-th command from now arrives, instead of answering it: the
     * reader sees the card vanish in the middle of a read.
     */
    public void pullAtCommand(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1");
        }
        pullAtCommand = commands.get() + n;
    }

    /** Waits this long before answering each command APDU (a slow or stuck card). */
    public void answerDelay(Duration delay) {
        answerDelayNanos = delay.toNanos();
    }

    /** Whether the card is still in the reader. */
    public boolean inserted() {
        return removed.getCount() > 0;
    }

    /** Waits until the card is out (pulled, removed, or vpcd closed the connection). */
    public boolean awaitRemoved(Duration timeout) throws InterruptedException {
        return removed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Removes the card: closes the connection and waits for the card's thread to end. */
    public void remove() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the vpcd connection on port " + port + " failed", e);
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        remove();
    }

    private void serve() {
        try (Socket s = socket;
                DataInputStream in = new DataInputStream(s.getInputStream());
                DataOutputStream out = new DataOutputStream(s.getOutputStream())) {
            while (true) {
                int length = in.readUnsignedShort();
                byte[] payload = in.readNBytes(length);
                if (payload.length != length) {
                    throw new EOFException("vpcd closed the connection in the middle of a message");
                }
                if (length == 1) {
                    control(payload[0] & 0xFF, out);
                } else if (length > 1) {
                    int number = commands.incrementAndGet();
                    if (number >= pullAtCommand) {
                        LOG.log(System.Logger.Level.DEBUG, () -> card.description() + " pulled out at command " + number);
                        return;
                    }
                    long delay = answerDelayNanos;
                    if (delay > 0) {
                        LockSupport.parkNanos(delay);
                    }
                    send(out, card.process(payload));
                }
            }
        } catch (EOFException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "vpcd closed the connection of " + card.description());
        } catch (IOException e) {
            if (!socket.isClosed()) {
                LOG.log(System.Logger.Level.WARNING, "vpcd connection of " + card.description() + " on port " + port + " failed", e);
            }
        } finally {
            removed.countDown();
        }
    }

    private void control(int code, DataOutputStream out) throws IOException {
        switch (code) {
            case CODE_GET_ATR -> send(out, card.atr());
            case CODE_POWER_OFF, CODE_POWER_ON, CODE_RESET -> card.reset();
            default -> LOG.log(System.Logger.Level.DEBUG, () -> String.format("unknown vpcd control code %02X ignored", code));
        }
    }

    private static void send(DataOutputStream out, byte[] payload) throws IOException {
        out.writeShort(payload.length);
        out.write(payload);
        out.flush();
    }
}
