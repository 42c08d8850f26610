package org.openfse.card.demo.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The card side answers the ISO 7816-4 commands as docs/card-profile.md, "Commands", says. */
class TestCardImageTest {

    private static final byte[] AID = HexFormat.of().parseHex("F04F465345435053");

    private static TestCardImage card() {
        return TestCardImage.withPin("test", Layout.CPS_ATR, AID,
                Map.of(0x0201, List.of(HexFormat.of().parseHex("0101310203414243"))), "1234");
    }

    private static String send(TestCardImage card, String apdu) {
        return HexFormat.of().withUpperCase().formatHex(card.process(HexFormat.of().parseHex(apdu.replace(" ", ""))));
    }

    @Test
    void selectAndReadRecordWithTheT0LengthDialogue() {
        TestCardImage card = card();
        assertEquals("6A82", send(card, "00 A4 04 00 08 F0 4F 46 53 45 56 49 54"));
        assertEquals("6986", send(card, "00 B2 01 04 00"));
        assertEquals("9000", send(card, "00 A4 04 00 08 F0 4F 46 53 45 43 50 53"));
        assertEquals("6A82", send(card, "00 A4 02 0C 02 02 02"));
        assertEquals("9000", send(card, "00 A4 02 0C 02 02 01"));
        // Le 00 asks for 256 bytes: the record has 8, the card says so with 6C08.
        assertEquals("6C08", send(card, "00 B2 01 04 00"));
        assertEquals("01013102034142439000", send(card, "00 B2 01 04 08"));
        assertEquals("6A83", send(card, "00 B2 02 04 00"));
    }

    @Test
    void malformedCommandsGetIsoStatusWords() {
        TestCardImage card = card();
        assertEquals("6E00", send(card, "80 A4 04 00 00"));
        assertEquals("6D00", send(card, "00 CA 00 00 00"));
        assertEquals("6700", send(card, "00 A4 04 00 09 F0"));
        assertEquals("6A86", send(card, "00 A4 01 00 02 3F 00"));
    }

    @Test
    void verifyCountsTriesThenBlocks() {
        TestCardImage card = card();
        assertEquals("9000", send(card, "00 A4 04 00 08 F0 4F 46 53 45 43 50 53"));
        assertEquals("63C3", send(card, "00 20 00 81"));
        // "1234" in ASCII padded with FF; then "0000".
        assertEquals("9000", send(card, "00 20 00 81 08 31 32 33 34 FF FF FF FF"));
        assertEquals("63C2", send(card, "00 20 00 81 08 30 30 30 30 FF FF FF FF"));
        assertEquals("63C1", send(card, "00 20 00 81 08 30 30 30 30 FF FF FF FF"));
        assertEquals("9000", send(card, "00 20 00 81 08 31 32 33 34 FF FF FF FF"));
        assertEquals("63C3", send(card, "00 20 00 81"));
        assertEquals("63C2", send(card, "00 20 00 81 08 30 30 30 30 FF FF FF FF"));
        assertEquals("63C1", send(card, "00 20 00 81 08 30 30 30 30 FF FF FF FF"));
        assertEquals("63C0", send(card, "00 20 00 81 08 30 30 30 30 FF FF FF FF"));
        assertEquals("6983", send(card, "00 20 00 81 08 31 32 33 34 FF FF FF FF"));
        assertEquals("6983", send(card, "00 20 00 81"));
        assertEquals("6700", send(card, "00 20 00 81 04 31 32 33 34"));
    }

    @Test
    void theCounterSurvivesAResetButTheSelectionDoesNot() {
        TestCardImage card = card();
        send(card, "00 A4 04 00 08 F0 4F 46 53 45 43 50 53");
        send(card, "00 20 00 81 08 30 30 30 30 FF FF FF FF");
        card.reset();
        assertEquals("6A82", send(card, "00 20 00 81"));
        send(card, "00 A4 04 00 08 F0 4F 46 53 45 43 50 53");
        assertEquals("63C2", send(card, "00 20 00 81"));
        assertEquals(2, card.triesLeft());
    }
}
