package org.openfse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scripted NOEMIE reply of the "Caisse de TEST", checked by position against NOEMIE-PS.md
 * (framing of section 3, layouts of section 7, controls C10 to C13). The lot: B2 Type 5 records
 * (B2.md 5.26: invoice number 27-35, AMO total 66-73) for invoices 251 (5.52), 257 (0.03, to be
 * rejected), 258 (5.40, paid 1.00 less) and 259 (0.05, "traitement caisse"), lot 010 (a withholding
 * of 1.00).
 */
class ScriptedNoemieRepliesTest {

    private static String type5(int invoice, long amoCents) {
        char[] record = " ".repeat(128).toCharArray();
        record[0] = '5';
        "%09d".formatted(invoice).getChars(0, 9, record, 26);
        "%08d".formatted(amoCents).getChars(0, 8, record, 65);
        return new String(record);
    }

    @Test
    void theLotIsPaidRejectedAndWithheldAsScripted() {
        String b2 = type5(251, 552) + type5(257, 3) + type5(258, 540) + type5(259, 5);
        AcceptedLot lot = new AcceptedLot("B2-010.b2", "mail", "992604231", "349", 10, LocalDate.of(2024, 5, 28),
                b2.getBytes(StandardCharsets.US_ASCII));

        List<ReplyFile> replies = new ScriptedNoemieReplies().afterPositiveArl(lot);

        assertEquals(1, replies.size());
        String file = new String(replies.get(0).content(), StandardCharsets.US_ASCII);
        assertEquals(0, file.length() % 128);
        int records = file.length() / 128;
        String header = file.substring(0, 128);
        String trailer = file.substring(file.length() - 128);
        assertEquals("000CP00000013490000", header.substring(0, 19));
        assertEquals("TP00000992604231", header.substring(25, 41));
        assertEquals("240529", header.substring(55, 61)); // accounting date: the day after the lot
        assertEquals("999", trailer.substring(0, 3));
        assertEquals("%08d".formatted(records), trailer.substring(55, 63));
        assertEquals("001", trailer.substring(82, 85));
        // 5.52 + 0 + 4.40 + 0 - 1.00 withheld = 8.92 (C12, C13)
        assertEquals("00000000892P", trailer.substring(85, 97));
        StringBuilder stream = new StringBuilder();
        for (int r = 1; r < records - 1; r++) {
            String record = file.substring(128 * r, 128 * (r + 1));
            assertEquals(r == records - 2 ? '1' : '0', record.charAt(0), "continuation indicator of record " + (r + 1));
            stream.append(record, 1, 128);
        }
        String entities = stream.toString().stripTrailing();
        assertTrue(entities.contains("10204000000257      010240528F"), entities);
        assertTrue(entities.contains("1980500000003R00000000P@"), "257 rejected");
        assertTrue(entities.contains("2940540 25DROITS NON OUVERTS".replace("40 25", "4025")), "its 294");
        assertTrue(entities.contains("1980500000540P00000440P@"), "258 paid 1.00 less");
        assertTrue(entities.contains("29405    TRAITEMENT CAISSE"), "259 sent back to the caisse");
        assertTrue(entities.contains("0810205"), "a withholding section");
        assertTrue(entities.contains("25003" + "01" + "DETTE010  " + "240529" + "ODLRPR" + "00000100N00000000@"));
        assertTrue(entities.contains("99099080240528010     00000004" + "00000000992P@"), "the lot's 990: 4 invoices, 9.92");
        assertTrue(entities.endsWith("99099071240529        00000001" + "00000000892P@"), "the group's 990: 1 lot, 8.92");
    }
}
