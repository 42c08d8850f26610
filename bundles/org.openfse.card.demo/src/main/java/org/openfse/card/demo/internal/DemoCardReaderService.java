package org.openfse.card.demo.internal;

import java.util.List;
import java.util.Map;
import org.openfse.card.demo.internal.profile.ReferenceCardProfile;
import org.openfse.card.demo.virtual.TestCard;
import org.openfse.card.demo.virtual.TestCards;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.events.Topics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The in-process demo driver: two readers that always hold the demo Vitale card and the demo CPS
 * card. The cards are the same test cards the virtual card program serves to pcscd, read through the
 * reference profile over an in-memory APDU link, so demo mode runs the same decoding as a real read.
 * It ranks below the PC/SC driver. It posts the reader and card events when it starts and stops.
 */
@Component(service = CardReaderService.class,
        property = {"service.ranking:Integer=-10", CardReaderService.DRIVER_PROPERTY + "=" + DemoCardReaderService.DRIVER_ID})
public final class DemoCardReaderService implements CardReaderService {

    static final String DRIVER_ID = "demo";

    private final ReferenceCardProfile profile = new ReferenceCardProfile();
    /** The demo CPS keeps its PIN counter for the life of this component, like a card kept in its reader. */
    private final TestCard vitale = TestCards.demoVitale();
    private final TestCard cps = TestCards.demoCps();
    private volatile EventAdmin events;

    @Activate
    public DemoCardReaderService() {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin eventAdmin) {
        this.events = eventAdmin;
        for (CardReader reader : readers()) {
            post(eventAdmin, Topics.CARD_READER_ADDED, Map.of(Topics.READER, reader.name()));
            post(eventAdmin, Topics.CARD_INSERTED, Map.of(Topics.READER, reader.name(), Topics.CARD_TYPE, reader.card().name()));
        }
    }

    void unsetEventAdmin(EventAdmin eventAdmin) {
        if (events == eventAdmin) {
            events = null;
        }
    }

    @Deactivate
    void deactivate() {
        EventAdmin eventAdmin = events;
        if (eventAdmin != null) {
            for (CardReader reader : readers()) {
                post(eventAdmin, Topics.CARD_REMOVED, Map.of(Topics.READER, reader.name()));
                post(eventAdmin, Topics.CARD_READER_REMOVED, Map.of(Topics.READER, reader.name()));
            }
        }
    }

    @Override
    public String driverId() {
        return DRIVER_ID;
    }

    @Override
    public List<CardReader> readers() {
        return List.of(new CardReader(DemoCards.VITALE_READER, DRIVER_ID, CardType.VITALE),
                new CardReader(DemoCards.CPS_READER, DRIVER_ID, CardType.CPS));
    }

    @Override
    public VitaleCard readVitale(String reader) throws CardException {
        if (DemoCards.VITALE_READER.equals(reader)) {
            synchronized (vitale) {
                vitale.reset();
                return profile.readVitale(vitale::process);
            }
        }
        throw notThere(reader, "a Vitale card");
    }

    @Override
    public CpsCard readCps(String reader) throws CardException {
        if (DemoCards.CPS_READER.equals(reader)) {
            synchronized (cps) {
                cps.reset();
                return profile.readCps(cps::process);
            }
        }
        throw notThere(reader, "a CPS card");
    }

    @Override
    public void verifyPin(String reader, char[] pin) throws CardException {
        if (DemoCards.CPS_READER.equals(reader)) {
            synchronized (cps) {
                cps.reset();
                profile.verifyPin(cps::process, pin);
                return;
            }
        }
        throw notThere(reader, "a CPS card");
    }

    @Override
    public int pinTriesLeft(String reader) throws CardException {
        if (DemoCards.CPS_READER.equals(reader)) {
            synchronized (cps) {
                cps.reset();
                return profile.pinTriesLeft(cps::process);
            }
        }
        throw notThere(reader, "a CPS card");
    }

    private static CardException notThere(String reader, String wanted) {
        if (DemoCards.VITALE_READER.equals(reader) || DemoCards.CPS_READER.equals(reader)) {
            return new CardException(Reason.UNKNOWN_CARD, "the card in " + reader + " is not " + wanted);
        }
        return new CardException(Reason.NO_READER, "no demo reader named " + reader);
    }

    private static void post(EventAdmin eventAdmin, String topic, Map<String, ?> properties) {
        eventAdmin.postEvent(new Event(topic, properties));
    }
}
