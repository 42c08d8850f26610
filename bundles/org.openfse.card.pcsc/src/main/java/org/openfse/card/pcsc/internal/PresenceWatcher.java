package org.openfse.card.pcsc.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import javax.smartcardio.CardTerminal;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardType;

/**
 * The watcher thread: polls the readers and their cards and turns every change into
 * {@link CardEvent}s. It polls with zero-timeout status queries rather than blocking in
 * {@code waitForChange}: the JDK shares one PC/SC context between all threads and pcsc-lite serialises
 * calls on a context, so a blocking wait would hold up every card operation. A card is connected only
 * when it appears, to read its ATR.
 */
final class PresenceWatcher {

    private static final System.Logger LOG = System.getLogger(PresenceWatcher.class.getName());

    private final PcscContext context;
    private final PcscTerminals terminals;
    private final Consumer<List<CardEvent>> sink;
    private final long pollNanos;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean reclassify;
    private Map<String, CardType> state = Map.of();
    private String lastFailure;

    PresenceWatcher(PcscContext context, PcscTerminals terminals, Consumer<List<CardEvent>> sink, Duration poll) {
        this.context = context;
        this.terminals = terminals;
        this.sink = sink;
        this.pollNanos = poll.toNanos();
        this.thread = new Thread(this::run, "openfse-pcsc-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops the thread and waits for it (a poll in progress finishes first). */
    void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the type of every present card again at the next poll (the card profiles changed). */
    void reclassify() {
        reclassify = true;
        LockSupport.unpark(thread);
    }

    private void run() {
        while (running) {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "the PC/SC watcher failed; it keeps polling", e);
            }
            if (running) {
                LockSupport.parkNanos(pollNanos);
            }
        }
    }

    /** One poll: the snapshot now, compared with the previous one. */
    void poll() {
        boolean again = reclassify;
        reclassify = false;
        Map<String, CardType> now = new LinkedHashMap<>();
        List<CardTerminal> list;
        try {
            list = context.terminals();
        } catch (CardException e) {
            failed("listing the readers failed: " + e.getMessage());
            return;
        }
        if (list != null) {
            for (CardTerminal terminal : list) {
                String name = terminal.getName();
                CardType previous = state.get(name);
                try {
                    boolean present = PcscTerminals.isCardPresent(terminal);
                    if (!present) {
                        now.put(name, CardType.NONE);
                    } else if (previous != null && previous != CardType.NONE && !again) {
                        now.put(name, previous);
                    } else {
                        now.put(name, terminals.cardType(terminal));
                    }
                } catch (CardException | RuntimeException e) {
                    // Keep what was known of this reader; the next poll tries again.
                    failed("reading the state of " + name + " failed: " + e.getMessage());
                    now.put(name, previous == null ? CardType.NONE : previous);
                }
            }
        }
        lastFailure = null;
        List<CardEvent> events = ReaderStates.diff(state, now);
        state = java.util.Collections.unmodifiableMap(now);
        if (!events.isEmpty()) {
            events.forEach(e -> LOG.log(System.Logger.Level.DEBUG, () -> "card event " + e));
            sink.accept(events);
        }
    }

    private void failed(String message) {
        if (!message.equals(lastFailure)) {
            LOG.log(System.Logger.Level.WARNING, "PC/SC watcher: " + message);
            lastFailure = message;
        }
    }
}
