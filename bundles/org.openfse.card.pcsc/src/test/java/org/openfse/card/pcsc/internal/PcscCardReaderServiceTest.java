package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardType;

class PcscCardReaderServiceTest {

    // Real ATR listed in design/PCSC-TESTING.md section 4 (also in pcsc-tools' smartcard_list.txt).
    private static final byte[] VITALE_2_ATR = HexFormat.of().parseHex("3B751300004309EA9000");
    private static final byte[] OK = {(byte) 0x90, 0x00};

    private final List<PcscCardReaderService> started = new ArrayList<>();

    private PcscCardReaderService driver(FakePcsc pcsc) {
        return driver(pcsc, 10_000);
    }

    private PcscCardReaderService driver(FakePcsc pcsc, int timeoutMillis) {
        PcscCardReaderService driver = new PcscCardReaderService(pcsc.context(), Configs.pcsc(timeoutMillis, 5000));
        driver.addProfile(new TestProfile(), TestProfile.PROPERTIES);
        started.add(driver);
        return driver;
    }

    @AfterEach
    void stopDrivers() {
        started.forEach(PcscCardReaderService::deactivate);
    }

    @Test
    void readersAreListedWithTheTypeOfTheirCard() throws CardException {
        FakePcsc pcsc = new FakePcsc().reader("Reader A 00 00", VITALE_2_ATR).reader("Reader A 00 01", null)
                .reader("Reader B 00 00", TestProfile.CPS_ATR).reader("Reader C 00 00", HexFormat.of().parseHex("3B00"));

        List<CardReader> readers = driver(pcsc).readers();

        // The Vitale 2 ATR is in the built-in table; the CPS is known by the test profile; 3B00 by nobody.
        assertEquals(List.of(new CardReader("Reader A 00 00", "pcsc", CardType.VITALE),
                new CardReader("Reader A 00 01", "pcsc", CardType.NONE),
                new CardReader("Reader B 00 00", "pcsc", CardType.CPS),
                new CardReader("Reader C 00 00", "pcsc", CardType.UNKNOWN)), readers);
        assertEquals(0, pcsc.openCards.get(), "the connection used to read the ATR is released");
    }

    @Test
    void noReadersAvailableOrNoServiceIsAnEmptyList() throws CardException {
        assertEquals(List.of(), driver(new FakePcsc().listFails("SCARD_E_NO_READERS_AVAILABLE")).readers());
        assertEquals(List.of(), driver(new FakePcsc().listFails("SCARD_E_NO_SERVICE")).readers());
        assertEquals(List.of(), driver(new FakePcsc().serviceDown(true)).readers());
    }

    @Test
    void anyOtherPcscFailureIsADriverError() {
        PcscCardReaderService driver = driver(new FakePcsc().listFails("SCARD_F_INTERNAL_ERROR"));

        CardException e = assertThrows(CardException.class, driver::readers);

        assertEquals(Reason.DRIVER_ERROR, e.reason());
        assertTrue(e.getMessage().contains("SCARD_F_INTERNAL_ERROR"), e.getMessage());
    }

    @Test
    void aCardPulledOutWhileConnectingLeavesTheReaderEmptyAndAMuteCardIsUnknown() throws CardException {
        FakePcsc pcsc = new FakePcsc().readerFailingToConnect("R", "SCARD_W_REMOVED_CARD")
                .readerFailingToConnect("S", "SCARD_W_UNRESPONSIVE_CARD");

        assertEquals(List.of(new CardReader("R", "pcsc", CardType.NONE), new CardReader("S", "pcsc", CardType.UNKNOWN)),
                driver(pcsc).readers());
    }

    @Test
    void readingFromAnUnknownReaderIsNoReaderAndFromAnEmptyOneNoCard() {
        PcscCardReaderService driver = driver(new FakePcsc().reader("R", null));

        assertEquals(Reason.NO_READER, assertThrows(CardException.class, () -> driver.readVitale("Other")).reason());
        assertEquals(Reason.NO_READER, assertThrows(CardException.class, () -> driver.verifyPin("Other", "1234".toCharArray())).reason());
        assertEquals(Reason.NO_CARD, assertThrows(CardException.class, () -> driver.readVitale("R")).reason());
        assertEquals(Reason.NO_CARD, assertThrows(CardException.class, () -> driver.readCps("R")).reason());
        assertEquals(Reason.NO_READER, assertThrows(CardException.class,
                () -> driver(new FakePcsc().serviceDown(true)).readVitale("R")).reason());
    }

    @Test
    void theProfileReadsTheCardThroughTheChannelAndTheCardIsReleased() throws CardException {
        FakePcsc pcsc = new FakePcsc().reader("R", TestProfile.VITALE_ATR, command -> OK);

        assertEquals("NATHALIE", driver(pcsc).readVitale("R").beneficiaries().get(0).firstName());
        assertEquals(2, pcsc.commands.get());
        assertEquals(0, pcsc.openCards.get());
    }

    @Test
    void aRealCardWithoutProfileIsUnknownCardAndSaysWhy() {
        PcscCardReaderService driver = driver(new FakePcsc().reader("R", VITALE_2_ATR));

        CardException e = assertThrows(CardException.class, () -> driver.readVitale("R"));
        assertEquals(Reason.UNKNOWN_CARD, e.reason());
        assertTrue(e.getMessage().contains("certified"), e.getMessage());
    }

    @Test
    void theWrongKindOfCardIsUnknownCard() {
        PcscCardReaderService driver = driver(new FakePcsc().reader("R", TestProfile.CPS_ATR, command -> OK));

        CardException e = assertThrows(CardException.class, () -> driver.readVitale("R"));
        assertEquals(Reason.UNKNOWN_CARD, e.reason());
        assertTrue(e.getMessage().contains("is CPS, not VITALE"), e.getMessage());
    }

    @Test
    void aCardPulledOutInTheMiddleOfAReadIsCardRemoved() {
        FakePcsc pcsc = new FakePcsc();
        pcsc.reader("R", TestProfile.VITALE_ATR, command -> {
            pcsc.eject("R");
            throw new javax.smartcardio.CardException("transmit() failed", new Exception("SCARD_E_NOT_TRANSACTED"));
        });

        CardException e = assertThrows(CardException.class, () -> driver(pcsc).readVitale("R"));
        assertEquals(Reason.CARD_REMOVED, e.reason());
        assertEquals(0, pcsc.openCards.get());
    }

    @Test
    void anEmptyResponseFromACardThatLeftIsCardRemoved() {
        // What javax.smartcardio does when vpcd loses the card during an exchange (ResponseAPDU of 0 bytes).
        FakePcsc pcsc = new FakePcsc();
        pcsc.reader("R", TestProfile.VITALE_ATR, command -> {
            pcsc.eject("R");
            return new byte[0];
        });

        assertEquals(Reason.CARD_REMOVED, assertThrows(CardException.class, () -> driver(pcsc).readVitale("R")).reason());
    }

    @Test
    void aTransmitFailureWithTheCardStillThereIsADriverError() {
        FakePcsc pcsc = new FakePcsc().reader("R", TestProfile.VITALE_ATR, command -> {
            throw new javax.smartcardio.CardException("transmit() failed", new Exception("SCARD_F_COMM_ERROR"));
        });

        CardException e = assertThrows(CardException.class, () -> driver(pcsc).readVitale("R"));
        assertEquals(Reason.DRIVER_ERROR, e.reason());
        assertTrue(e.getMessage().contains("SCARD_F_COMM_ERROR"), e.getMessage());
    }

    @Test
    void aCardThatDoesNotAnswerTimesOut() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        FakePcsc pcsc = new FakePcsc().reader("R", TestProfile.VITALE_ATR, command -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OK;
        });
        PcscCardReaderService driver = driver(pcsc, 500);

        CardException e = assertThrows(CardException.class, () -> driver.readVitale("R"));
        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(e.getMessage().contains("500 ms"), e.getMessage());
        release.countDown();
    }

    @Test
    void pinResultsComeFromTheProfile() throws CardException {
        FakePcsc pcsc = new FakePcsc().reader("R", TestProfile.CPS_ATR,
                command -> command[5] == '1' ? OK : new byte[] {0x63, (byte) 0xC2});
        PcscCardReaderService driver = driver(pcsc);

        driver.verifyPin("R", "1234".toCharArray());
        CardException wrong = assertThrows(CardException.class, () -> driver.verifyPin("R", "0000".toCharArray()));
        assertEquals(Reason.WRONG_PIN, wrong.reason());
        assertEquals(2, wrong.triesLeft());
        assertEquals(-1, driver.pinTriesLeft("R"));
    }

    /*
     * The real driver on whatever this machine has: no PC/SC daemon, or a running pcscd. In both
     * cases listing readers must not fail, and an unknown reader name is NO_READER.
     */
    @Test
    void theRealDriverListsReadersWithoutFailingAndRefusesAnUnknownReader() throws CardException {
        PcscCardReaderService driver = new PcscCardReaderService(new PcscContext(), Configs.pcsc(10_000, 250));
        started.add(driver);

        assertEquals("pcsc", driver.driverId());
        driver.readers();
        CardException e = assertThrows(CardException.class, () -> driver.readVitale("No Such Reader 99 99"));
        assertEquals(Reason.NO_READER, e.reason());
    }
}
