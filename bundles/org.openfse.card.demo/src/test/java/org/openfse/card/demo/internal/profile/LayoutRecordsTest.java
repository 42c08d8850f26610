package org.openfse.card.demo.internal.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfse.card.demo.internal.DemoCards;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;

/** The records of docs/card-profile.md: golden bytes written by hand from the document, and round trips. */
class LayoutRecordsTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    // docs/card-profile.md, "Example": EF 0101 record 1 of the seed 002 card (serial 468920691,
    // "Démonstr." card, insured NIR 2550699999999 34), written field by field:
    //   01 01 "1" | 02 09 "468920691" | 03 01 "D" | 05 0F "255069999999934"
    private static final byte[] SEED_EF_0101 = hex("01 01 31"
            + " 02 09 34 36 38 39 32 30 36 39 31"
            + " 03 01 44"
            + " 05 0F 32 35 35 30 36 39 39 39 39 39 39 39 39 33 34");

    @Test
    void theSeedCardHeadIsTheDocumentedRecord() {
        Map<Integer, List<byte[]>> files = VitaleRecords.encode(DemoCards.seed002());

        assertArrayEquals(SEED_EF_0101, files.get(Layout.EF_CARD).get(0));
        assertEquals(List.of(Layout.EF_CARD, Layout.EF_BENEFICIARIES, Layout.EF_COMPLEMENTS), List.copyOf(files.keySet()));
    }

    // docs/card-profile.md, "Example": the beneficiary record starts with the names and the birth date:
    //   10 07 "DESMAUX" | 11 07 "DESMAUX" | 12 08 "NATHALIE" | 13 08 "19550615" | 14 01 "1" | 15 02 "00"
    @Test
    void theSeedBeneficiaryRecordStartsAsDocumented() {
        byte[] record = VitaleRecords.encode(DemoCards.seed002()).get(Layout.EF_BENEFICIARIES).get(0);
        byte[] start = hex("10 07 44 45 53 4D 41 55 58 11 07 44 45 53 4D 41 55 58 12 08 4E 41 54 48 41 4C 49 45"
                + " 13 08 31 39 35 35 30 36 31 35 14 01 31 15 02 30 30");

        assertArrayEquals(start, java.util.Arrays.copyOf(record, start.length));
        // AMO rights 01/02/2020 to 31/01/2025 (seed 002): tag 24, 16 digits.
        assertTrue(HexFormat.of().formatHex(record).contains("2410"
                + HexFormat.of().formatHex("2020020120250131".getBytes())));
    }

    @Test
    void vitaleCardsSurviveTheRoundTrip() {
        for (VitaleCard card : List.of(DemoCards.vitale(), DemoCards.seed002())) {
            Map<Integer, List<byte[]>> files = VitaleRecords.encode(card);
            VitaleCard back = VitaleRecords.decode(files.get(Layout.EF_CARD).get(0), files.get(Layout.EF_BENEFICIARIES),
                    files.get(Layout.EF_COMPLEMENTS));
            assertEquals(card, back);
        }
    }

    @Test
    void theCpsCardSurvivesTheRoundTrip() {
        CpsCard card = DemoCards.cps();
        Map<Integer, List<byte[]>> files = CpsRecords.encode(card);

        assertEquals(card, CpsRecords.decode(files.get(Layout.EF_HOLDER).get(0), files.get(Layout.EF_SITUATIONS)));
        // 60 09 "991000001" opens the situation record.
        assertArrayEquals(hex("60 09 39 39 31 30 30 30 30 30 31"), java.util.Arrays.copyOf(files.get(Layout.EF_SITUATIONS).get(0), 11));
    }

    @Test
    void everyRecordFitsOneShortReadRecord() {
        for (List<byte[]> records : VitaleRecords.encode(DemoCards.vitale()).values()) {
            records.forEach(r -> assertTrue(r.length <= 255, () -> r.length + " bytes"));
        }
    }

    @Test
    void aBrokenRecordIsNamedInTheError() {
        Map<Integer, List<byte[]>> files = VitaleRecords.encode(DemoCards.seed002());
        byte[] truncated = java.util.Arrays.copyOf(files.get(Layout.EF_BENEFICIARIES).get(0), 12);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VitaleRecords.decode(
                files.get(Layout.EF_CARD).get(0), List.of(truncated), List.of()));
        assertTrue(e.getMessage().startsWith("EF 0102 record 1: "), e.getMessage());
    }

    @Test
    void anotherLayoutVersionIsRefused() {
        byte[] head = new Tlv.Builder().add(Layout.T_LAYOUT, "2").add(Layout.T_SERIAL, "1").add(Layout.T_INSURED_NIR, "255069999999934").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VitaleRecords.decode(head, List.of(), List.of()));
        assertTrue(e.getMessage().contains("layout version 2"), e.getMessage());
    }

    @Test
    void tlvRefusesMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> Tlv.parse(hex("00 01 31")));
        assertThrows(IllegalArgumentException.class, () -> Tlv.parse(hex("10 05 31")));
        assertThrows(IllegalArgumentException.class, () -> Tlv.parse(hex("10")));
        assertThrows(IllegalArgumentException.class, () -> Tlv.parse(hex("10 FF 00 01")));
        assertEquals(List.of("A", "B"), Tlv.parse(hex("18 01 41 99 00 18 01 42")).all(0x18));
        assertEquals("", Tlv.parse(hex("99 00")).required(0x99));
    }
}
