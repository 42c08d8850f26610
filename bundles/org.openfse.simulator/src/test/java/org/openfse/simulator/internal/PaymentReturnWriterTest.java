package org.openfse.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.simulator.PaidInvoice;
import org.openfse.simulator.PaymentOrder;

/**
 * The payment return against NOEMIE-PS.md, read back by hand in the test: every position below is
 * the 1-based position of the document's tables (section 7), never a constant of the writer.
 * Amounts and identities after seed 002 ("Suivi virements": transfer of 29/05/2024 "VIR AMO LIGNE
 * 1 - 7FR"; invoice 254 AMO 0.09, invoice 259 AMO 4.69; PS number 00000992604231).
 */
class PaymentReturnWriterTest {

    private static final LocalDate LOT_25 = LocalDate.of(2024, 5, 28);
    private static final LocalDate LOT_26 = LocalDate.of(2024, 5, 29);

    private static PaidInvoice paid(int invoice, int lot, LocalDate lotDate, long claimed, long paid) {
        return new PaidInvoice(new InvoiceNumber(invoice), lot, lotDate, Money.ofCents(claimed), Money.ofCents(paid));
    }

    /** Two lots: 25 with invoices 254 (0.09 paid in full) and 255 (12.00 claimed, 10.00 paid), 26 with 259 (4.69). */
    private static PaymentOrder order() {
        return new PaymentOrder("992604231", "F00042", LocalDate.of(2024, 5, 30), LocalDate.of(2024, 5, 29),
                "VIR AMO LIGNE 1 - 7FR", "VIR AMO LIGNE 2 - 7FR",
                List.of(paid(254, 25, LOT_25, 9, 9), paid(259, 26, LOT_26, 469, 469), paid(255, 25, LOT_25, 1200, 1000)));
    }

    private static byte[] write(PaymentOrder order) {
        return new PayerSimulatorImpl().paymentReturn(order);
    }

    private static List<String> records(byte[] file) {
        assertEquals(0, file.length % 128, "file length " + file.length + " is a multiple of 128");
        String text = new String(file, StandardCharsets.US_ASCII);
        List<String> records = new ArrayList<>();
        for (int from = 0; from < text.length(); from += 128) {
            records.add(text.substring(from, from + 128));
        }
        return records;
    }

    /** Section 3: bytes 2-128 of the data records, concatenated; padding after the last '@' dropped. */
    private static List<String> entities(List<String> records) {
        StringBuilder stream = new StringBuilder();
        for (String record : records.subList(1, records.size() - 1)) {
            stream.append(record.substring(1));
        }
        String text = stream.toString().stripTrailing();
        assertTrue(text.endsWith("@"));
        List<String> entities = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '@') {
                entities.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        return entities;
    }

    /** Characters at 1-based positions from..to. */
    private static String at(String text, int from, int to) {
        return text.substring(from - 1, to);
    }

    @Test
    void everyRecordIs128BytesAndOnlyTheLastDataRecordIsFlagged() {
        List<String> records = records(write(order()));

        // stream: 040 21 + 071 86 + 081 22 + 2 x 080 15 + 3 x (102 40 + 198 24) + 3 x 990 43 = 480
        // characters = 4 data records of 127, plus header and trailer
        assertEquals(6, records.size());
        for (int i = 1; i <= 3; i++) {
            assertEquals('0', records.get(i).charAt(0), "record " + (i + 1));
        }
        assertEquals('1', records.get(4).charAt(0));
        // the last data record holds 480 - 3 x 127 = 99 characters, then spaces
        assertEquals(" ".repeat(127 - 99), records.get(4).substring(1 + 99));
        assertEquals('@', records.get(4).charAt(99));
    }

    @Test
    void headerFieldsSitAtTheirDocumentedPositions() {
        String header = records(write(order())).get(0);

        // NOEMIE-PS.md 7.1
        assertEquals("000", at(header, 1, 3));
        assertEquals("CP", at(header, 4, 5));
        assertEquals("00000019990000", at(header, 6, 19));
        assertEquals("TP", at(header, 26, 27));
        assertEquals("00000992604231", at(header, 28, 41));
        assertEquals("F00042", at(header, 50, 55));
        assertEquals("240530", at(header, 56, 61));
        assertEquals("U", at(header, 70, 70));
        assertEquals("T", at(header, 71, 71));
        assertEquals("128", at(header, 83, 85));
        assertEquals("CAISSE DE TEST", at(header, 92, 128).strip());
    }

    @Test
    void trailerFieldsSitAtTheirDocumentedPositions() {
        List<String> records = records(write(order()));
        String trailer = records.get(records.size() - 1);

        // NOEMIE-PS.md 7.25 and C13
        assertEquals("999", at(trailer, 1, 3));
        assertEquals("CP", at(trailer, 4, 5));
        assertEquals("00000019990000", at(trailer, 6, 19));
        assertEquals("TP", at(trailer, 26, 27));
        assertEquals("00000992604231", at(trailer, 28, 41));
        assertEquals("F00042", at(trailer, 50, 55));
        assertEquals("00000006", at(trailer, 56, 63)); // every record, header and trailer included
        assertEquals("T", at(trailer, 64, 64));
        assertEquals("002", at(trailer, 83, 85)); // lots 25 and 26
        assertEquals("00000001478", at(trailer, 86, 96)); // 0.09 + 10.00 + 4.69
        assertEquals("P", at(trailer, 97, 97));
        assertEquals("00000000000", at(trailer, 98, 108));
        assertEquals(" ".repeat(20), at(trailer, 109, 128));
    }

    @Test
    void entitiesFollowTheDocumentedOrderAndLayouts() {
        List<String> entities = entities(records(write(order())));

        assertEquals(List.of("040", "071", "081", "080", "102", "198", "102", "198", "990", "080", "102", "198", "990",
                "990"), entities.stream().map(e -> e.substring(0, 3)).toList());
        // 7.3 payee: the PS number on 15 digits (seed 002 "Numéro destinataire Regl. 000000992604231")
        assertEquals("000000992604231", at(entities.get(0), 6, 20));
        // 7.5 payment group
        String payment = entities.get(1);
        assertEquals(86, payment.length());
        assertEquals("240529", at(payment, 6, 11));
        assertEquals("VIR AMO LIGNE 1 - 7FR", at(payment, 12, 43).strip());
        assertEquals("VIR AMO LIGNE 2 - 7FR", at(payment, 44, 75).strip());
        assertEquals("019990000 ", at(payment, 76, 85));
        // 7.7 return type 01
        assertEquals("01", at(entities.get(2), 6, 7));
        // 7.6 lot 25 of 28/05/2024
        assertEquals("240528", at(entities.get(3), 6, 11));
        assertEquals("025", at(entities.get(3), 12, 14));
        // 7.9 invoice 254 of lot 25
        String invoice = entities.get(4);
        assertEquals(40, invoice.length());
        assertEquals("000000254", at(invoice, 6, 14));
        assertEquals("025", at(invoice, 21, 23));
        assertEquals("240528", at(invoice, 24, 29));
        assertEquals("F", at(invoice, 30, 30));
        // 7.15 AMO part of invoice 255: 12.00 claimed, 10.00 paid
        String amo = entities.get(7);
        assertEquals(24, amo.length());
        assertEquals("00001200", at(amo, 6, 13));
        assertEquals("P", at(amo, 14, 14));
        assertEquals("00001000", at(amo, 15, 22));
        assertEquals("P", at(amo, 23, 23));
    }

    @Test
    void controlEntitiesCountAndSumPerConventions() {
        List<String> entities = entities(records(write(order())));

        // C10-C12: lot 25 = 2 invoices, 0.09 + 10.00; lot 26 = 1 invoice, 4.69; payment = 2 lots, 14.78
        assertControl(entities.get(8), "080240528025", "00000002", "00000001009", "P");
        assertControl(entities.get(12), "080240529026", "00000001", "00000000469", "P");
        assertControl(entities.get(13), "071240529", "00000002", "00000001478", "P");
    }

    private static void assertControl(String entity, String identification, String count, String cumulative, String sign) {
        assertEquals(43, entity.length());
        assertEquals("99", at(entity, 4, 5));
        assertEquals(identification, at(entity, 6, 22).strip());
        assertEquals(count, at(entity, 23, 30));
        assertEquals(cumulative, at(entity, 31, 41));
        assertEquals(sign, at(entity, 42, 42));
    }

    @Test
    void negativePaymentCarriesSignN() {
        // seed 002: invoice 259 appears again with AMO paid -4.69 (a regularisation)
        PaymentOrder order = new PaymentOrder("992604231", "F00043", LocalDate.of(2024, 5, 30), LocalDate.of(2024, 5, 29),
                "VIR AMO LIGNE 1 - 7FR-2", "", List.of(paid(259, 26, LOT_26, 469, -469)));

        List<String> records = records(write(order));
        List<String> entities = entities(records);

        assertEquals("198", at(entities.get(5), 1, 3));
        assertEquals("00000469", at(entities.get(5), 15, 22));
        assertEquals("N", at(entities.get(5), 23, 23));
        assertControl(entities.get(6), "080240529026", "00000001", "00000000469", "N");
        assertControl(entities.get(7), "071240529", "00000001", "00000000469", "N");
        String trailer = records.get(records.size() - 1);
        assertEquals("00000000469", at(trailer, 86, 96));
        assertEquals("N", at(trailer, 97, 97));
    }

    @Test
    void longStreamsRunOverManyRecords() {
        List<PaidInvoice> invoices = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            invoices.add(paid(i, 1 + i / 40, LOT_25, 100, 100));
        }
        PaymentOrder order = new PaymentOrder("992604231", "F00044", LOT_26, LOT_26, "VIR", "", invoices);

        List<String> records = records(write(order));
        List<String> entities = entities(records);

        // lots 1 (invoices 1-39), 2 (40-79), 3 (80-100): 129 + 3 x 15 + 100 x 64 + 4 x 43 = 6746
        // characters = 54 data records (53 x 127 = 6731), plus header and trailer
        assertEquals(56, records.size());
        assertEquals("00000056", at(records.get(55), 56, 63));
        assertEquals("003", at(records.get(55), 83, 85));
        assertEquals("00000010000", at(records.get(55), 86, 96));
        assertEquals(100, entities.stream().filter(e -> e.startsWith("102")).count());
        assertControl(entities.get(entities.size() - 1), "071240529", "00000003", "00000010000", "P");
    }

    @Test
    void orderValuesAreChecked() {
        LocalDate day = LOT_26;
        List<PaidInvoice> one = List.of(paid(1, 1, day, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("99260423A", "F1", day, day, "VIR", "", one));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("123456789012345", "F1", day, day, "VIR", "", one));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("1", "f1", day, day, "VIR", "", one));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("1", "F1", day, day, "vir", "", one));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("1", "F1", day, day, "VIR@", "", one));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("1", "F1", day, day, "VIRÉ", "", one));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("1", "F1", day, day, "", "", one));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("1", "F1", day, day, "X".repeat(33), "", one));
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("1", "F1", day, day, "VIR", "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> paid(1, 0, day, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> paid(1, 1000, day, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> paid(1, 1, day, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> paid(1, 1, day, 100_000_000L, 1));
        assertThrows(IllegalArgumentException.class, () -> paid(1, 1, day, 1, -100_000_000L));
    }
}
