package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardType;

class PcscCardReaderServiceTest {

    private static final byte[] VITALE_2_ATR = HexFormat.of().parseHex("3B751300004309EA9000");

    private static PcscCardReaderService driver(FakePcsc pcsc) {
        TerminalFactory factory = pcsc.factory();
        return new PcscCardReaderService(() -> factory, AtrClassifier.installed());
    }

    /*
     * The real driver on whatever this machine has: no PC/SC library or daemon (TerminalFactory
     * falls back to type "None") or a running pcscd (CI may start one with a virtual card). In both
     * cases listing readers must not fail, and an unknown reader name is NO_READER.
     */
    @Test
    void theRealDriverListsReadersWithoutFailingAndRefusesAnUnknownReader() throws CardException {
        PcscCardReaderService driver = new PcscCardReaderService();

        assertEquals("pcsc", driver.driverId());
        List<org.openfse.core.card.CardReader> readers = driver.readers();
        if ("None".equals(TerminalFactory.getDefault().getType())) {
            assertEquals(List.of(), readers);
        }
        CardException e = assertThrows(CardException.class, () -> driver.readVitale("No Such Reader 99 99"));
        assertEquals(Reason.NO_READER, e.reason());
    }

    @Test
    void readersAreListedWithTheTypeOfTheirCard() throws CardException {
        FakePcsc pcsc = new FakePcsc().reader("Reader A 00 00", VITALE_2_ATR).reader("Reader A 00 01", null);

        List<CardReader> readers = driver(pcsc).readers();

        assertEquals(List.of(new CardReader("Reader A 00 00", "pcsc", CardType.UNKNOWN),
                new CardReader("Reader A 00 01", "pcsc", CardType.NONE)), readers);
        assertEquals(0, pcsc.openCards.get(), "the connection used to read the ATR is released");
    }

    @Test
    void noReadersAvailableIsAnEmptyList() throws CardException {
        assertEquals(List.of(), driver(new FakePcsc().listFails("SCARD_E_NO_READERS_AVAILABLE")).readers());
    }

    @Test
    void noPcscServiceIsAnEmptyList() throws CardException {
        assertEquals(List.of(), driver(new FakePcsc().listFails("SCARD_E_NO_SERVICE")).readers());
    }

    @Test
    void anyOtherPcscFailureIsADriverError() {
        PcscCardReaderService driver = driver(new FakePcsc().listFails("SCARD_F_INTERNAL_ERROR"));

        CardException e = assertThrows(CardException.class, driver::readers);

        assertEquals(Reason.DRIVER_ERROR, e.reason());
        assertTrue(e.getMessage().contains("SCARD_F_INTERNAL_ERROR"), e.getMessage());
    }

    @Test
    void aCardPulledOutWhileConnectingLeavesTheReaderEmpty() throws CardException {
        FakePcsc pcsc = new FakePcsc().readerFailingToConnect("R", "SCARD_W_REMOVED_CARD");

        assertEquals(List.of(new CardReader("R", "pcsc", CardType.NONE)), driver(pcsc).readers());
    }

    @Test
    void aCardThatDoesNotAnswerIsUnknown() throws CardException {
        FakePcsc pcsc = new FakePcsc().readerFailingToConnect("R", "SCARD_W_UNRESPONSIVE_CARD");

        assertEquals(List.of(new CardReader("R", "pcsc", CardType.UNKNOWN)), driver(pcsc).readers());
    }

    @Test
    void readingFromAnUnknownReaderIsNoReader() {
        PcscCardReaderService driver = driver(new FakePcsc().reader("R", VITALE_2_ATR));

        assertEquals(Reason.NO_READER, assertThrows(CardException.class, () -> driver.readVitale("Other")).reason());
        assertEquals(Reason.NO_READER, assertThrows(CardException.class, () -> driver.readCps("Other")).reason());
        assertEquals(Reason.NO_READER,
                assertThrows(CardException.class, () -> driver.verifyPin("Other", "1234".toCharArray())).reason());
    }

    @Test
    void readingFromAnEmptyReaderIsNoCard() {
        PcscCardReaderService driver = driver(new FakePcsc().reader("R", null));

        assertEquals(Reason.NO_CARD, assertThrows(CardException.class, () -> driver.readVitale("R")).reason());
        assertEquals(Reason.NO_CARD, assertThrows(CardException.class, () -> driver.readCps("R")).reason());
        assertEquals(Reason.NO_CARD,
                assertThrows(CardException.class, () -> driver.verifyPin("R", "1234".toCharArray())).reason());
    }

    @Test
    void aPresentCardCannotBeReadUntilACardProfileIsInstalled() {
        PcscCardReaderService driver = driver(new FakePcsc().reader("R", VITALE_2_ATR));

        CardException vitale = assertThrows(CardException.class, () -> driver.readVitale("R"));
        assertEquals(Reason.UNKNOWN_CARD, vitale.reason());
        assertTrue(vitale.getMessage().contains("no card profile"), vitale.getMessage());
        assertEquals(Reason.UNKNOWN_CARD, assertThrows(CardException.class, () -> driver.readCps("R")).reason());
        assertEquals(Reason.UNKNOWN_CARD,
                assertThrows(CardException.class, () -> driver.verifyPin("R", "1234".toCharArray())).reason());
    }
}
