package org.openfse.card.demo.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardType;

class DemoCardReaderServiceTest {

    private final DemoCardReaderService driver = new DemoCardReaderService();

    private Reason reasonOf(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(CardException.class, call).reason();
    }

    @Test
    void twoDemoReadersHoldAVitaleAndACps() {
        assertEquals("demo", driver.driverId());
        assertEquals(List.of(new CardReader("Lecteur démo Vitale", "demo", CardType.VITALE),
                new CardReader("Lecteur démo CPS", "demo", CardType.CPS)), driver.readers());
    }

    @Test
    void eachReaderGivesItsCard() throws CardException {
        assertEquals(3, driver.readVitale("Lecteur démo Vitale").beneficiaries().size());
        assertEquals("991000001", driver.readCps("Lecteur démo CPS").psNumber());
    }

    @Test
    void askingAReaderForTheOtherCardIsUnknownCard() {
        assertEquals(Reason.UNKNOWN_CARD, reasonOf(() -> driver.readVitale("Lecteur démo CPS")));
        assertEquals(Reason.UNKNOWN_CARD, reasonOf(() -> driver.readCps("Lecteur démo Vitale")));
        assertEquals(Reason.UNKNOWN_CARD, reasonOf(() -> driver.verifyPin("Lecteur démo Vitale", "1234".toCharArray())));
    }

    @Test
    void anUnknownReaderIsNoReader() {
        assertEquals(Reason.NO_READER, reasonOf(() -> driver.readVitale("Virtual PCD 00 00")));
        assertEquals(Reason.NO_READER, reasonOf(() -> driver.readCps("Virtual PCD 00 01")));
        assertEquals(Reason.NO_READER, reasonOf(() -> driver.verifyPin("Virtual PCD 00 01", "1234".toCharArray())));
    }

    @Test
    void theCpsPinIs1234() {
        assertDoesNotThrow(() -> driver.verifyPin("Lecteur démo CPS", "1234".toCharArray()));
        CardException wrong = assertThrows(CardException.class, () -> driver.verifyPin("Lecteur démo CPS", "4321".toCharArray()));
        assertEquals(Reason.WRONG_PIN, wrong.reason());
        assertEquals(2, wrong.triesLeft());
    }

    @Test
    void aBlockedCpsStaysBlockedForTheLifeOfTheComponentOnly() {
        for (int i = 0; i < 2; i++) {
            assertEquals(Reason.WRONG_PIN, reasonOf(() -> driver.verifyPin("Lecteur démo CPS", "0000".toCharArray())));
        }
        assertEquals(Reason.PIN_BLOCKED, reasonOf(() -> driver.verifyPin("Lecteur démo CPS", "0000".toCharArray())));
        assertEquals(Reason.PIN_BLOCKED, reasonOf(() -> driver.verifyPin("Lecteur démo CPS", "1234".toCharArray())));

        DemoCardReaderService restarted = new DemoCardReaderService();
        assertDoesNotThrow(() -> restarted.verifyPin("Lecteur démo CPS", "1234".toCharArray()));
    }
}
