package org.openfse.card.pcsc.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardTerminal;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardProfile;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The card reader driver over PC/SC ({@code javax.smartcardio}). It lists readers, tells the card
 * type from the ATR, watches the readers and posts the card events, and hands the decoding of cards
 * to the {@link CardProfile} services over an APDU channel. Each operation runs on a worker thread
 * bounded by the configured timeout.
 */
@Component(service = CardReaderService.class, immediate = true, configurationPid = PcscCardReaderService.PID,
        property = {"service.ranking:Integer=0", CardReaderService.DRIVER_PROPERTY + "=" + PcscCardReaderService.DRIVER_ID})
@Designate(ocd = PcscConfig.class)
public final class PcscCardReaderService implements CardReaderService {

    static final String DRIVER_ID = "pcsc";
    static final String PID = "org.openfse.card.pcsc";

    private static final System.Logger LOG = System.getLogger(PcscCardReaderService.class.getName());
    static final int MIN_TIMEOUT_MILLIS = 500;
    static final int MIN_POLL_MILLIS = 50;
    static final int MAX_POLL_MILLIS = 5000;

    /** One step on a card held by the driver. */
    private interface CardOperation<T> {
        T run(CardProfile profile, CardChannel channel, CardTerminal terminal) throws CardException;
    }

    private final Profiles profiles = new Profiles(AtrClassifier.installed());
    private final PcscTerminals terminals;
    private final PresenceWatcher watcher;
    private final ExecutorService workers;
    private final long timeoutMillis;
    private volatile EventAdmin events;

    @Activate
    public PcscCardReaderService(@Reference PcscContext context, PcscConfig config) {
        this.terminals = new PcscTerminals(context, profiles, DRIVER_ID);
        this.timeoutMillis = Math.max(MIN_TIMEOUT_MILLIS, config.timeoutMillis());
        int poll = Math.min(MAX_POLL_MILLIS, Math.max(MIN_POLL_MILLIS, config.pollMillis()));
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "openfse-pcsc-card-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.watcher = new PresenceWatcher(context, terminals, this::post, Duration.ofMillis(poll));
        this.watcher.start();
    }

    @Deactivate
    void deactivate() {
        watcher.stop();
        workers.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProfile(CardProfile profile, Map<String, Object> properties) {
        profiles.add(profile, properties);
        if (watcher != null) {
            watcher.reclassify();
        }
    }

    void removeProfile(CardProfile profile) {
        profiles.remove(profile);
        watcher.reclassify();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin eventAdmin) {
        events = eventAdmin;
    }

    void unsetEventAdmin(EventAdmin eventAdmin) {
        if (events == eventAdmin) {
            events = null;
        }
    }

    @Override
    public String driverId() {
        return DRIVER_ID;
    }

    /** An empty list when no reader is connected or when the PC/SC service (pcscd) does not run. */
    @Override
    public List<CardReader> readers() throws CardException {
        return terminals.scan().readers();
    }

    @Override
    public VitaleCard readVitale(String reader) throws CardException {
        return onCard("readVitale", reader, CardType.VITALE, false,
                (profile, channel, terminal) -> profile.readVitale(new SmartcardioChannel(channel, terminal)));
    }

    @Override
    public CpsCard readCps(String reader) throws CardException {
        return onCard("readCps", reader, CardType.CPS, false,
                (profile, channel, terminal) -> profile.readCps(new SmartcardioChannel(channel, terminal)));
    }

    @Override
    public void verifyPin(String reader, char[] pin) throws CardException {
        // The card is reset when released, so that no other application finds it with the PIN verified.
        onCard("verifyPin", reader, CardType.CPS, true, (profile, channel, terminal) -> {
            profile.verifyPin(new SmartcardioChannel(channel, terminal), pin);
            return Boolean.TRUE;
        });
    }

    @Override
    public int pinTriesLeft(String reader) throws CardException {
        return onCard("pinTriesLeft", reader, CardType.CPS, false,
                (profile, channel, terminal) -> profile.pinTriesLeft(new SmartcardioChannel(channel, terminal)));
    }

    private <T> T onCard(String what, String reader, CardType wanted, boolean resetAfter, CardOperation<T> operation)
            throws CardException {
        Future<T> result = workers.submit(() -> held(reader, wanted, resetAfter, operation));
        try {
            return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw logged(what, reader, new CardException(Reason.TIMEOUT,
                    "the card in " + reader + " did not answer within " + timeoutMillis + " ms", e));
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw logged(what, reader, new CardException(Reason.TIMEOUT, "interrupted while waiting for the card in " + reader, e));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CardException failure) {
                throw logged(what, reader, failure);
            }
            throw logged(what, reader, new CardException(Reason.DRIVER_ERROR, "the card operation failed: " + e.getCause(), e.getCause()));
        }
    }

    private <T> T held(String reader, CardType wanted, boolean resetAfter, CardOperation<T> operation) throws CardException {
        CardTerminal terminal = terminals.readerWithCard(reader);
        Card card;
        try {
            card = terminal.connect("*");
        } catch (javax.smartcardio.CardException | IllegalStateException e) {
            throw SmartcardioChannel.failure(terminal, e);
        }
        try {
            CardProfile profile = profiles.forCard(card.getATR().getBytes(), wanted, reader);
            CardChannel channel;
            try {
                card.beginExclusive();
                channel = card.getBasicChannel();
            } catch (javax.smartcardio.CardException e) {
                throw SmartcardioChannel.failure(terminal, e);
            } catch (IllegalStateException e) {
                throw SmartcardioChannel.removed(e);
            }
            try {
                return operation.run(profile, channel, terminal);
            } finally {
                try {
                    card.endExclusive();
                } catch (javax.smartcardio.CardException | IllegalStateException e) {
                    // The card went away or was reset: nothing is held any more.
                }
            }
        } finally {
            try {
                card.disconnect(resetAfter);
            } catch (javax.smartcardio.CardException | IllegalStateException e) {
                // Already gone.
            }
        }
    }

    private static CardException logged(String what, String reader, CardException e) {
        LOG.log(System.Logger.Level.INFO, "pcsc " + what + " on '" + reader + "' failed: " + e.reason() + ": " + e.getMessage());
        return e;
    }

    private void post(List<CardEvent> changes) {
        EventAdmin eventAdmin = events;
        if (eventAdmin == null) {
            return;
        }
        for (CardEvent change : changes) {
            eventAdmin.postEvent(new Event(change.topic(), change.properties()));
        }
    }
}
