package org.openfse.b2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class B2ReaderTest {

    private static byte[] sampleFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (B2Writer writer = new B2Writer(bytes, B2Samples.fileHeader())) {
            writer.startLot(B2Samples.lotHeader(25));
            writer.invoice(B2Samples.invoice(257, List.of(B2Samples.line("PVO", 3000, 900, 60, 540, 0))));
            writer.endLot();
            writer.startLot(B2Samples.lotHeader(26));
            writer.invoice(B2Samples.invoice(258, List.of(B2Samples.line("PVO", 41500, 900, 60, 540, 10000),
                    B2Samples.line("PVO", 9, 9, 100, 9, 0))));
            writer.invoice(B2Samples.invoice(259, List.of(B2Samples.line("PVO", 5, 5, 100, 5, 0))));
            writer.endLot();
        }
        return bytes.toByteArray();
    }

    private static List<B2Record> readAll(byte[] file) throws IOException {
        List<B2Record> records = new ArrayList<>();
        try (B2Reader reader = new B2Reader(new ByteArrayInputStream(file))) {
            B2Record record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void roundTripGivesBackWhatWasWritten() throws IOException {
        B2File file = B2Files.read(new ByteArrayInputStream(sampleFile()));
        assertEquals(B2Samples.fileHeader(), file.header());
        assertEquals(2, file.lots().size());
        assertEquals(B2Samples.lotHeader(25), file.lots().get(0).header());
        assertEquals(List.of(B2Samples.invoice(257, List.of(B2Samples.line("PVO", 3000, 900, 60, 540, 0)))),
                file.lots().get(0).invoices());
        assertEquals(B2Samples.invoice(259, List.of(B2Samples.line("PVO", 5, 5, 100, 5, 0))),
                file.lots().get(1).invoices().get(1));
    }

    @Test
    void recordsAreNumberedAndTyped() throws IOException {
        List<B2Record> records = readAll(sampleFile());
        assertEquals(List.of("000", "1", "2", "4", "5", "6", "1", "2", "4", "4", "5", "2", "4", "5", "6", "999"),
                records.stream().map(B2Record::kind).toList());
        assertEquals(16, records.get(15).number());
        assertEquals("00041509", records.get(10).field("totalFees")); // type 5 positions 58-65: 415,00 + 0,09
        assertEquals("026", records.get(6).field("lotNumber")); // type 1 positions 20-22
    }

    @Test
    void lineEndsBetweenRecordsAreAccepted() throws IOException {
        byte[] plain = sampleFile();
        ByteArrayOutputStream withLineEnds = new ByteArrayOutputStream();
        for (int i = 0; i < plain.length; i += 128) {
            withLineEnds.write(plain, i, 128);
            withLineEnds.write('\r');
            withLineEnds.write('\n');
        }
        assertEquals(readAll(plain).stream().map(B2Record::raw).toList(),
                readAll(withLineEnds.toByteArray()).stream().map(B2Record::raw).toList());
    }

    @Test
    void letterInAnAmountNamesRecordAndColumn() throws IOException {
        byte[] file = sampleFile();
        // record 4 (type 4), AMO amount at positions 106-112: put an X at position 111
        file[3 * 128 + 110] = 'X';
        B2FormatException e = assertThrows(B2FormatException.class, () -> readAll(file));
        assertEquals(4, e.record());
        assertEquals(111, e.column());
        assertEquals("Enregistrement n° 4, colonne 111 : le champ « Montant remboursable par l'organisme d'Assurance "
                + "Maladie » (positions 106-112) doit être numérique, reçu « 00005X0 »", e.getMessage());
    }

    @Test
    void truncatedFileIsReported() throws IOException {
        byte[] file = sampleFile();
        byte[] cut = java.util.Arrays.copyOf(file, 128 * 2 + 57);
        B2FormatException e = assertThrows(B2FormatException.class, () -> readAll(cut));
        assertEquals("Enregistrement n° 3, colonne 58 : enregistrement incomplet, 57 caractères au lieu de 128 "
                + "(fin de fichier inattendue)", e.getMessage());
    }

    @Test
    void unknownRecordTypeIsReported() throws IOException {
        byte[] file = sampleFile();
        file[2 * 128] = '7';
        B2FormatException e = assertThrows(B2FormatException.class, () -> readAll(file));
        assertEquals(3, e.record());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("type d'enregistrement inconnu « 799 »"), e.getMessage());
    }

    @Test
    void accentedByteIsReported() throws IOException {
        byte[] file = sampleFile();
        file[128 + 29] = (byte) 0xC9; // É in Latin-1, in the PS name (type 1 position 30)
        B2FormatException e = assertThrows(B2FormatException.class, () -> readAll(file));
        assertEquals("Enregistrement n° 2, colonne 30 : caractère non autorisé (code 201) : seuls les caractères "
                + "ASCII imprimables sont admis", e.getMessage());
    }

    @Test
    void subRecordsAreRecognisedAndKeptRaw() throws IOException {
        byte[] file = sampleFile();
        byte[] withSub = new byte[file.length + 128];
        System.arraycopy(file, 0, withSub, 0, 4 * 128);
        // a 4F (LPP detail) record after the type 4 line: sub-type letter F at position 36
        byte[] sub = (file.length > 0 ? new String(file, 3 * 128, 35, StandardCharsets.US_ASCII) : "") .getBytes(StandardCharsets.US_ASCII);
        byte[] record = " ".repeat(128).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(sub, 0, record, 0, 35);
        record[35] = 'F';
        System.arraycopy(record, 0, withSub, 4 * 128, 128);
        System.arraycopy(file, 4 * 128, withSub, 5 * 128, file.length - 4 * 128);
        List<B2Record> records = readAll(withSub);
        assertEquals("4F", records.get(4).kind());
        assertTrue(records.get(4).layout().isEmpty());
        assertTrue(B2Checker.check(new ByteArrayInputStream(withSub)).isEmpty());
    }

    @Test
    void emptyStreamHasNoRecord() throws IOException {
        try (B2Reader reader = new B2Reader(new ByteArrayInputStream(new byte[0]))) {
            assertNull(reader.next());
        }
    }
}
