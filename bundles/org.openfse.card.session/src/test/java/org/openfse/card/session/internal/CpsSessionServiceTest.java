package org.openfse.card.session.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CpsAuthentication;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.CpsSession.Purpose;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.events.Topics;
import org.osgi.service.event.Event;

class CpsSessionServiceTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2024-05-28T09:13:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A driver with one CPS in reader "CPS", PIN 1234, 3 tries; it records every PIN it was given. */
    private static final class FakeDriver implements CardReaderService {
        final List<String> pins = new ArrayList<>();
        int triesLeft = 3;
        Runnable duringVerify = () -> { };

        @Override
        public String driverId() {
            return "fake";
        }

        @Override
        public List<CardReader> readers() {
            return List.of();
        }

        @Override
        public VitaleCard readVitale(String reader) throws CardException {
            throw new CardException(Reason.UNKNOWN_CARD, "not a Vitale card");
        }

        @Override
        public CpsCard readCps(String reader) throws CardException {
            if (!"CPS".equals(reader)) {
                throw new CardException(Reason.NO_READER, "no reader " + reader);
            }
            return new CpsCard("991000001", "DEMO", "ALEX", "64", "1");
        }

        @Override
        public void verifyPin(String reader, char[] pin) throws CardException {
            pins.add(new String(pin));
            duringVerify.run();
            if (triesLeft == 0) {
                throw new CardException(Reason.PIN_BLOCKED, "blocked", 0, null);
            }
            if (new String(pin).equals("1234")) {
                triesLeft = 3;
                return;
            }
            triesLeft--;
            if (triesLeft == 0) {
                throw new CardException(Reason.PIN_BLOCKED, "blocked now", 0, null);
            }
            throw new CardException(Reason.WRONG_PIN, "wrong", triesLeft, null);
        }
    }

    private final TestClock clock = new TestClock();
    private final FakeDriver driver = new FakeDriver();

    private CpsSessionService session(boolean askAtFirstUse, boolean askAtTransmission) {
        return new CpsSessionService(askAtFirstUse, askAtTransmission, clock);
    }

    private static Event removed(String reader) {
        return new Event(Topics.CARD_REMOVED, Map.of(Topics.READER, reader));
    }

    @Test
    void thePinIsAskedAtTheFirstUseOfTheDayThenTheSessionKeepsTheCps() throws CardException {
        CpsSessionService session = session(true, true);
        assertTrue(session.pinRequired(Purpose.CARD_USE));

        CpsAuthentication auth = session.authenticate(driver, "CPS", "1234".toCharArray());

        assertEquals("991000001", auth.card().psNumber());
        assertEquals("2024-05-28", auth.day().toString());
        assertEquals(Optional.of(auth), session.current());
        assertFalse(session.pinRequired(Purpose.CARD_USE));
        assertTrue(session.pinRequired(Purpose.TRANSMISSION), "seed 002: asked again at transmission");
    }

    @Test
    void withoutAskingAtTransmissionAnOpenSessionIsEnough() throws CardException {
        CpsSessionService session = session(true, false);
        assertTrue(session.pinRequired(Purpose.TRANSMISSION), "no session yet");
        session.authenticate(driver, "CPS", "1234".toCharArray());
        assertFalse(session.pinRequired(Purpose.TRANSMISSION));
    }

    @Test
    void withoutAskingAtFirstUseCardsAreReadWithoutPin() {
        assertFalse(session(false, true).pinRequired(Purpose.CARD_USE));
    }

    @Test
    void theSessionEndsWhenTheCardLeavesItsReaderOnly() throws CardException {
        CpsSessionService session = session(true, true);
        session.authenticate(driver, "CPS", "1234".toCharArray());

        session.handleEvent(removed("Vitale"));
        assertTrue(session.current().isPresent(), "another reader");
        session.handleEvent(new Event(Topics.CARD_READER_REMOVED, Map.of(Topics.READER, "CPS")));
        assertEquals(Optional.empty(), session.current());
        assertTrue(session.pinRequired(Purpose.CARD_USE));
    }

    @Test
    void theSessionEndsWithTheDay() throws CardException {
        CpsSessionService session = session(true, true);
        session.authenticate(driver, "CPS", "1234".toCharArray());
        clock.now = Instant.parse("2024-05-28T23:59:59Z");
        assertTrue(session.current().isPresent());
        clock.now = Instant.parse("2024-05-29T00:00:00Z");
        assertEquals(Optional.empty(), session.current());
    }

    @Test
    void wrongPinsKeepNoSessionAndThreeBlockTheCard() {
        CpsSessionService session = session(true, true);
        CardException first = assertThrows(CardException.class, () -> session.authenticate(driver, "CPS", "0000".toCharArray()));
        assertEquals(Reason.WRONG_PIN, first.reason());
        assertEquals(2, first.triesLeft());
        assertEquals(1, assertThrows(CardException.class, () -> session.authenticate(driver, "CPS", "1111".toCharArray())).triesLeft());
        assertEquals(Reason.PIN_BLOCKED, assertThrows(CardException.class, () -> session.authenticate(driver, "CPS", "2222".toCharArray())).reason());
        assertEquals(Reason.PIN_BLOCKED, assertThrows(CardException.class, () -> session.authenticate(driver, "CPS", "1234".toCharArray())).reason());
        assertEquals(Optional.empty(), session.current());
    }

    @Test
    void thePinArrayIsClearedWhateverHappens() {
        CpsSessionService session = session(true, true);
        char[] right = "1234".toCharArray();
        char[] wrong = "0000".toCharArray();
        char[] nowhere = "1234".toCharArray();

        try {
            session.authenticate(driver, "CPS", right);
        } catch (CardException e) {
            throw new AssertionError(e);
        }
        assertThrows(CardException.class, () -> session.authenticate(driver, "CPS", wrong));
        assertThrows(CardException.class, () -> session.authenticate(driver, "Nowhere", nowhere));

        assertArrayEquals(new char[4], right);
        assertArrayEquals(new char[4], wrong);
        assertArrayEquals(new char[4], nowhere);
    }

    @Test
    void aCardPulledDuringTheAuthenticationOpensNoSession() {
        CpsSessionService session = session(true, true);
        driver.duringVerify = () -> session.handleEvent(removed("CPS"));

        assertEquals(Reason.CARD_REMOVED, assertThrows(CardException.class,
                () -> session.authenticate(driver, "CPS", "1234".toCharArray())).reason());
        assertEquals(Optional.empty(), session.current());
    }

    @Test
    void aNewAuthenticationReplacesTheSessionAndCloseEndsIt() throws CardException {
        CpsSessionService session = session(true, true);
        session.authenticate(driver, "CPS", "1234".toCharArray());
        assertThrows(CardException.class, () -> session.authenticate(driver, "CPS", "0000".toCharArray()));
        assertEquals(Optional.empty(), session.current(), "a failed new authentication leaves no session");
        session.authenticate(driver, "CPS", "1234".toCharArray());
        session.close();
        assertEquals(Optional.empty(), session.current());
    }
}
