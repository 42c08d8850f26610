package org.openfse.card.session.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CpsAuthentication;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.CpsSession;
import org.openfse.core.events.Topics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The CPS session: the PIN policy of configuration PID {@value #PID}, and the CPS authenticated with
 * it, kept until its card leaves its reader (card events of the drivers), the day ends or the session
 * is closed. The PIN only passes through: it is presented to the card and the array is cleared.
 */
@Component(service = {CpsSession.class, EventHandler.class}, configurationPid = CpsSessionService.PID,
        property = {EventConstants.EVENT_TOPIC + "=" + Topics.CARD_REMOVED, EventConstants.EVENT_TOPIC + "=" + Topics.CARD_READER_REMOVED})
@Designate(ocd = CpsSessionConfig.class)
public final class CpsSessionService implements CpsSession, EventHandler {

    static final String PID = "org.openfse.card.session";

    private static final System.Logger LOG = System.getLogger(CpsSessionService.class.getName());

    private final boolean askAtFirstUse;
    private final boolean askAtTransmission;
    private final Clock clock;
    private final Map<String, Long> removals = new HashMap<>();
    private CpsAuthentication session;
    private volatile EventAdmin events;

    @Activate
    public CpsSessionService(CpsSessionConfig config) {
        this(config.askPinAtFirstUseOfDay(), config.askPinAtTransmission(), Clock.systemDefaultZone());
    }

    CpsSessionService(boolean askAtFirstUse, boolean askAtTransmission, Clock clock) {
        this.askAtFirstUse = askAtFirstUse;
        this.askAtTransmission = askAtTransmission;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin eventAdmin) {
        events = eventAdmin;
    }

    void unsetEventAdmin(EventAdmin eventAdmin) {
        if (events == eventAdmin) {
            events = null;
        }
    }

    @Override
    public synchronized Optional<CpsAuthentication> current() {
        if (session != null && !session.day().equals(LocalDate.now(clock))) {
            end("the day " + session.day() + " is over");
        }
        return Optional.ofNullable(session);
    }

    @Override
    public boolean pinRequired(Purpose purpose) {
        boolean open = current().isPresent();
        return switch (Objects.requireNonNull(purpose, "purpose")) {
            case CARD_USE -> askAtFirstUse && !open;
            case TRANSMISSION -> askAtTransmission || !open;
        };
    }

    @Override
    public CpsAuthentication authenticate(CardReaderService driver, String reader, char[] pin) throws CardException {
        try {
            Objects.requireNonNull(driver, "driver");
            Objects.requireNonNull(reader, "reader");
            long removalsBefore;
            synchronized (this) {
                if (session != null) {
                    end("a new authentication starts");
                }
                removalsBefore = removals.getOrDefault(reader, 0L);
            }
            CpsCard card = driver.readCps(reader);
            driver.verifyPin(reader, pin);
            CpsAuthentication opened = new CpsAuthentication(card, driver.driverId(), reader, LocalDate.now(clock), clock.instant());
            synchronized (this) {
                if (removals.getOrDefault(reader, 0L) != removalsBefore) {
                    throw new CardException(Reason.CARD_REMOVED, "the CPS card left " + reader + " during the authentication");
                }
                session = opened;
            }
            LOG.log(System.Logger.Level.INFO, "CPS session opened for PS " + card.psNumber() + " with the card in '" + reader + "' ("
                    + driver.driverId() + ")");
            post(TOPIC_OPENED, reader);
            return opened;
        } catch (CardException e) {
            LOG.log(System.Logger.Level.WARNING, "CPS authentication with the card in '" + reader + "' failed: " + e.reason()
                    + (e.reason() == Reason.WRONG_PIN ? " (" + e.triesLeft() + " tries left)" : "") + ": " + e.getMessage());
            throw e;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            end("closed");
        }
    }

    @Override
    public void handleEvent(Event event) {
        Object reader = event.getProperty(Topics.READER);
        if (!(reader instanceof String name)) {
            return;
        }
        synchronized (this) {
            removals.merge(name, 1L, Long::sum);
            if (session != null && session.reader().equals(name)) {
                end("the card left " + name);
            }
        }
    }

    /** Ends the session; the caller holds the lock. */
    private void end(String why) {
        String reader = session.reader();
        LOG.log(System.Logger.Level.INFO, "CPS session of PS " + session.card().psNumber() + " ended: " + why);
        session = null;
        post(TOPIC_CLOSED, reader);
    }

    private void post(String topic, String reader) {
        EventAdmin eventAdmin = events;
        if (eventAdmin != null) {
            eventAdmin.postEvent(new Event(topic, Map.of(Topics.READER, reader)));
        }
    }
}
