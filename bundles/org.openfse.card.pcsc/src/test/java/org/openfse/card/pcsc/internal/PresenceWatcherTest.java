package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardType;

/** One poll at a time, on a fake PC/SC stack that changes between polls. */
class PresenceWatcherTest {

    private final FakePcsc pcsc = new FakePcsc();
    private final PcscContext context = pcsc.context();
    private final Profiles profiles = new Profiles(AtrClassifier.installed());
    private final List<CardEvent> events = new ArrayList<>();
    private final PresenceWatcher watcher = new PresenceWatcher(context, new PcscTerminals(context, profiles, "pcsc"),
            events::addAll, Duration.ofMillis(250));

    private List<CardEvent> poll() {
        events.clear();
        watcher.poll();
        return List.copyOf(events);
    }

    @Test
    void insertionsRemovalsAndHotPlug() {
        pcsc.reader("R0", null).reader("R1", null);
        assertEquals(List.of(CardEvent.readerAdded("R0"), CardEvent.readerAdded("R1")), poll());
        assertEquals(List.of(), poll());

        pcsc.reader("R0", TestProfile.VITALE_ATR);
        assertEquals(List.of(CardEvent.inserted("R0", CardType.UNKNOWN)), poll(), "no profile yet");
        assertEquals(0, pcsc.openCards.get());

        profiles.add(new TestProfile(), TestProfile.PROPERTIES);
        watcher.reclassify();
        assertEquals(List.of(CardEvent.removed("R0"), CardEvent.inserted("R0", CardType.VITALE)), poll());

        pcsc.eject("R0");
        assertEquals(List.of(CardEvent.removed("R0")), poll());

        pcsc.reader("R2", TestProfile.CPS_ATR);
        assertEquals(List.of(CardEvent.readerAdded("R2"), CardEvent.inserted("R2", CardType.CPS)), poll());

        pcsc.unplug("R2");
        assertEquals(List.of(CardEvent.removed("R2"), CardEvent.readerRemoved("R2")), poll());
    }

    @Test
    void theDaemonGoingAwayRemovesEverythingAndItsReturnBringsItBack() {
        pcsc.reader("R0", HexFormat.VITALE).reader("R1", null);
        poll();

        pcsc.listFails("SCARD_E_NO_SERVICE");
        assertEquals(List.of(CardEvent.removed("R0"), CardEvent.readerRemoved("R0"), CardEvent.readerRemoved("R1")), poll());
        pcsc.listFails(null).serviceDown(true);
        assertEquals(List.of(), poll());

        pcsc.serviceDown(false);
        assertEquals(List.of(CardEvent.readerAdded("R0"), CardEvent.inserted("R0", CardType.VITALE), CardEvent.readerAdded("R1")), poll());
    }

    @Test
    void aFailingListKeepsTheLastStateAndSendsNothing() {
        pcsc.reader("R0", null);
        poll();
        pcsc.listFails("SCARD_F_INTERNAL_ERROR");
        assertEquals(List.of(), poll());
        pcsc.listFails(null);
        assertEquals(List.of(), poll());
    }

    /** The Vitale 2 ATR of the built-in table. */
    private static final class HexFormat {
        static final byte[] VITALE = java.util.HexFormat.of().parseHex("3B751300004309EA9000");
    }
}
