package org.openfse.b2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class B2CheckerTest {

    private static byte[] file() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (B2Writer writer = new B2Writer(bytes, B2Samples.fileHeader())) {
            writer.startLot(B2Samples.lotHeader(25));
            writer.invoice(B2Samples.invoice(257, List.of(B2Samples.line("PVO", 3000, 900, 60, 540, 0))));
            writer.endLot();
        }
        return bytes.toByteArray();
    }

    private static void put(byte[] file, int record, int position, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, file, record * 128 + position - 1, bytes.length);
    }

    @Test
    void writtenFileIsWellFormed() throws IOException {
        assertEquals(List.of(), B2Checker.check(new ByteArrayInputStream(file())));
    }

    @Test
    void invoiceTotalDifferentFromItsLinesIsReported() throws IOException {
        byte[] file = file();
        put(file, 4, 58, "00003100"); // type 5 total billed 31,00 while the line says 30,00
        List<B2Problem> problems = B2Checker.check(new ByteArrayInputStream(file));
        assertEquals(new B2Problem(5, 58, "Enregistrement n° 5, colonne 58 : le champ « Total des montants facturés » "
                + "vaut 3100, la somme des lignes fait 3000"), problems.get(0));
    }

    @Test
    void lotNumberMismatchIsReported() throws IOException {
        byte[] file = file();
        put(file, 5, 52, "026"); // type 6 lot number 026 for lot 025
        List<B2Problem> problems = B2Checker.check(new ByteArrayInputStream(file));
        assertEquals(1, problems.size());
        assertEquals(6, problems.get(0).record());
        assertEquals(52, problems.get(0).column());
        assertTrue(problems.get(0).message().contains("(026) diffère de celui de l'en-tête (025)"),
                problems.get(0).message());
    }

    @Test
    void missingTrailerIsReported() throws IOException {
        byte[] file = java.util.Arrays.copyOf(file(), 6 * 128);
        List<B2Problem> problems = B2Checker.check(new ByteArrayInputStream(file));
        assertEquals(List.of(new B2Problem(6, 1,
                "Enregistrement n° 6, colonne 1 : le fichier doit finir par un enregistrement 999")), problems);
    }

    @Test
    void formatErrorEndsTheList() throws IOException {
        byte[] file = file();
        put(file, 2, 27, "00000A257");
        List<B2Problem> problems = B2Checker.check(new ByteArrayInputStream(file));
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).record());
        assertEquals(32, problems.get(0).column());
    }
}
