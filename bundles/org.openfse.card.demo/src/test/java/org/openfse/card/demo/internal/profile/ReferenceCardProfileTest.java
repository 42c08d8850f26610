package org.openfse.card.demo.internal.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.card.demo.internal.DemoCards;
import org.openfse.card.demo.virtual.TestCard;
import org.openfse.card.demo.virtual.TestCards;
import org.openfse.core.card.ApduChannel;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardType;

class ReferenceCardProfileTest {

    private final ReferenceCardProfile profile = new ReferenceCardProfile();

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    @Test
    void testCardsAreKnownByTheirAtrAndRealCardsAreNot() {
        // docs/card-profile.md, "ATR": historical bytes "OFSE-VIT01" and "OFSE-CPS01".
        assertEquals(Optional.of(CardType.VITALE), profile.classify(hex("3B 7A 13 00 00 4F 46 53 45 2D 56 49 54 30 31")));
        assertEquals(Optional.of(CardType.CPS), profile.classify(hex("3B 7A 13 00 00 4F 46 53 45 2D 43 50 53 30 31")));
        // A later layout version keeps the prefix.
        assertEquals(Optional.of(CardType.VITALE), profile.classify(hex("3B 7A 13 00 00 4F 46 53 45 2D 56 49 54 30 32")));
        // Real Vitale 2 and CPS ATRs (PCSC-TESTING.md §4): not for this profile.
        assertEquals(Optional.empty(), profile.classify(hex("3B 75 13 00 00 43 09 EA 90 00")));
        assertEquals(Optional.empty(), profile.classify(hex("3B AC 00 40 2A 00 12 25 00 64 80 00 03 10 00 90 00")));
        assertEquals(Optional.empty(), profile.classify(hex("3B 7A 13")));
    }

    @Test
    void readsTheDemoCardsBackExactly() throws CardException {
        TestCard vitale = TestCards.demoVitale();
        assertEquals(DemoCards.vitale(), profile.readVitale(vitale::process));
        TestCard cps = TestCards.demoCps();
        assertEquals(DemoCards.cps(), profile.readCps(cps::process));
    }

    @Test
    void theSeedCardReadsAsSeed002Shows() throws CardException {
        TestCard card = TestCards.seedVitale();
        var read = profile.readVitale(card::process);
        var nathalie = read.beneficiaries().get(0);
        // Seed 002: Régime 01 Caisse 999 Centre 9999 Gest. 10; N° Série 468920691; DESMAUX NATHALIE 15/06/1955.
        assertEquals("468920691", read.serial());
        assertEquals("2550699999999", read.insuredNir().body());
        assertEquals(34, read.insuredNir().key());
        assertEquals(List.of("DESMAUX", "NATHALIE", "19550615", "01", "999", "9999", "10"), List.of(nathalie.lastName(),
                nathalie.firstName(), nathalie.birthDate(), nathalie.amoRegime(), nathalie.amoFund(), nathalie.amoCentre(),
                nathalie.details().amoManagingCode()));
        assertEquals("2020-02-01", nathalie.rights().get(0).from().toString());
        assertEquals("2025-01-31", nathalie.rights().get(0).to().orElseThrow().toString());
        var at = nathalie.details().workAccident().orElseThrow();
        assertEquals("019999999", at.riskManager());
        assertEquals("017211234", at.accidents().get(0).manager());
        assertEquals("200912012", at.accidents().get(0).id());
        assertEquals("999999999", at.accidents().get(1).id());
    }

    @Test
    void theApdusSentAreTheDocumentedOnes() throws CardException {
        TestCard card = TestCards.demoCps();
        List<String> sent = new ArrayList<>();
        ApduChannel recording = command -> {
            sent.add(HexFormat.of().withUpperCase().formatHex(command));
            return card.process(command);
        };
        profile.readCps(recording);
        // docs/card-profile.md, "Reading a CPS card".
        assertEquals("00A4040008F04F465345435053", sent.get(0));
        assertEquals("00A4020C020201", sent.get(1));
        assertEquals("00B2010400", sent.get(2));
        assertTrue(sent.get(3).startsWith("00B20104"), sent.get(3));
        assertEquals("00A4020C020202", sent.get(4));

        sent.clear();
        profile.verifyPin(recording, "1234".toCharArray());
        assertEquals(List.of("00A4040008F04F465345435053", "002000810831323334FFFFFFFF"), sent);
    }

    @Test
    void wrongPinsGiveTheTriesLeftThenBlock() throws CardException {
        TestCard card = TestCards.demoCps();
        assertEquals(3, profile.pinTriesLeft(card::process));
        CardException first = assertThrows(CardException.class, () -> profile.verifyPin(card::process, "0000".toCharArray()));
        assertEquals(Reason.WRONG_PIN, first.reason());
        assertEquals(2, first.triesLeft());
        assertEquals(1, assertThrows(CardException.class, () -> profile.verifyPin(card::process, "9999".toCharArray())).triesLeft());
        assertEquals(Reason.PIN_BLOCKED, assertThrows(CardException.class, () -> profile.verifyPin(card::process, "0000".toCharArray())).reason());
        assertEquals(Reason.PIN_BLOCKED, assertThrows(CardException.class, () -> profile.verifyPin(card::process, "1234".toCharArray())).reason());
        assertEquals(0, profile.pinTriesLeft(card::process));
    }

    @Test
    void thePinIsClearedAndAMalformedPinSendsNothing() throws CardException {
        TestCard card = TestCards.demoCps();
        List<byte[]> sent = new ArrayList<>();
        ApduChannel keeping = command -> {
            sent.add(command);
            return card.process(command);
        };
        profile.verifyPin(keeping, "1234".toCharArray());
        assertArrayEquals(new byte[13], sent.get(1), "the VERIFY command is wiped after use");

        sent.clear();
        assertThrows(IllegalArgumentException.class, () -> profile.verifyPin(keeping, "12a4".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> profile.verifyPin(keeping, "123".toCharArray()));
        assertEquals(List.of(), sent);
        assertEquals(3, profile.pinTriesLeft(card::process));
    }

    @Test
    void aCardWithoutTheTestApplicationIsUnknown() {
        TestCard foreign = TestCards.realVitaleAtr();
        CardException e = assertThrows(CardException.class, () -> profile.readVitale(foreign::process));
        assertEquals(Reason.UNKNOWN_CARD, e.reason());
        assertTrue(e.getMessage().contains("6A82"), e.getMessage());
        assertEquals(Reason.UNKNOWN_CARD, assertThrows(CardException.class, () -> profile.readCps(TestCards.demoVitale()::process)).reason());
    }

    @Test
    void aBrokenRecordIsUnknownCardNamingTheRecord() {
        ApduChannel broken = command -> {
            if ((command[1] & 0xFF) == Apdus.INS_READ_RECORD) {
                if (command[2] != 1) {
                    return Apdus.status(Apdus.SW_RECORD_NOT_FOUND);
                }
                return command[4] == 0 ? Apdus.status(0x6C03) : hex("10 05 41 90 00");
            }
            return Apdus.status(Apdus.SW_OK);
        };
        CardException e = assertThrows(CardException.class, () -> profile.readVitale(broken));
        assertEquals(Reason.UNKNOWN_CARD, e.reason());
        assertTrue(e.getMessage().contains("EF 0101"), e.getMessage());
    }

    @Test
    void transportFailuresPassThrough() {
        ApduChannel pulled = command -> {
            throw new CardException(Reason.CARD_REMOVED, "gone");
        };
        assertEquals(Reason.CARD_REMOVED, assertThrows(CardException.class, () -> profile.readVitale(pulled)).reason());
        assertEquals(Reason.DRIVER_ERROR, assertThrows(CardException.class, () -> profile.readVitale(command -> new byte[1])).reason());
    }
}
