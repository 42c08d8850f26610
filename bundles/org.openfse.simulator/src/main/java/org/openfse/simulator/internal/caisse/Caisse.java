package org.openfse.simulator.internal.caisse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openfse.simulator.AcceptedLot;
import org.openfse.simulator.AcceptedLotHandler;
import org.openfse.simulator.ReplyFile;

/**
 * What the "Caisse de TEST" does with a received lot file, whatever channel brought it: check the
 * B2 ({@link B2Framing}), answer the ARL ({@link ArlWriter}), and after a positive ARL ask the
 * {@link AcceptedLotHandler}s for NOEMIE returns. A file received again (same name and content:
 * the sender resent it after a crash) gets the same ARL again but the handlers are not called a
 * second time, so nothing is paid twice.
 */
public final class Caisse {

    private static final System.Logger LOG = System.getLogger(Caisse.class.getName());

    private final List<AcceptedLotHandler> handlers = new CopyOnWriteArrayList<>();
    private final Set<Integer> scriptedRejects = new HashSet<>();
    private final Map<String, List<ReplyFile>> answered = new HashMap<>();
    private final Object monitor = new Object();
    private int lotsReceived;

    public Caisse(List<AcceptedLotHandler> handlers) {
        this.handlers.addAll(handlers);
    }

    public void addHandler(AcceptedLotHandler handler) {
        handlers.add(handler);
    }

    public void removeHandler(AcceptedLotHandler handler) {
        handlers.remove(handler);
    }

    /** The next lot received with this number gets a negative ARL (code 9999) whatever its content. */
    public void scriptNegativeArl(int lotNumber) {
        synchronized (monitor) {
            scriptedRejects.add(lotNumber);
        }
    }

    /**
     * Examines one received file and returns what to send back, the ARL first.
     *
     * @param channel {@code mail} or {@code oct}
     */
    public List<ReplyFile> receive(String fileName, String channel, byte[] content) {
        String key = fileName + "/" + sha256(content);
        synchronized (monitor) {
            List<ReplyFile> earlier = answered.get(key);
            if (earlier != null) {
                LOG.log(System.Logger.Level.INFO, "caisse de test: " + fileName + " received again, same ARL, no new return");
                return List.of(earlier.get(0));
            }
        }
        B2Framing.Result result = examine(content);
        boolean positive = result.ok();
        String code = result.code();
        String message = result.message();
        synchronized (monitor) {
            if (positive && scriptedRejects.remove(result.lotNumber())) {
                positive = false;
                code = "9999";
                message = "REJET PROGRAMME (SIMULATEUR)";
            }
        }
        List<ReplyFile> replies = new ArrayList<>();
        replies.add(new ReplyFile(fileName + ".ARL", ArlWriter.write(positive, result.psNumber(), result.organisme(),
                result.lotNumber(), result.lotDate(), code, fileName, message)));
        LOG.log(System.Logger.Level.INFO, "caisse de test: " + fileName + " via " + channel + " -> ARL "
                + (positive ? "positive" : "negative " + code + " " + message));
        if (positive) {
            AcceptedLot lot = new AcceptedLot(fileName, channel, result.psNumber(), result.organisme(), result.lotNumber(),
                    result.lotDate(), content);
            for (AcceptedLotHandler handler : handlers) {
                try {
                    replies.addAll(handler.afterPositiveArl(lot));
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "caisse de test: handler " + handler + " failed for " + fileName, e);
                }
            }
        }
        synchronized (monitor) {
            answered.put(key, List.copyOf(replies));
        }
        return replies;
    }

    /** The single call site of the B2 check (see {@link B2Framing}). */
    private static B2Framing.Result examine(byte[] content) {
        return B2Framing.check(content);
    }

    /** Called by a desk once the replies of one received file are waiting for the professional. */
    void answered() {
        synchronized (monitor) {
            lotsReceived++;
            monitor.notifyAll();
        }
    }

    /** Lot files received and answered so far, repeats included. */
    public int lotsReceived() {
        synchronized (monitor) {
            return lotsReceived;
        }
    }

    /** Waits until {@code count} lot files were answered, or the timeout passed. */
    public boolean awaitLots(int count, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (lotsReceived < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
            return true;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
