package org.openfse.noemie.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openfse.noemie.internal.NoemieTestFile.e040;
import static org.openfse.noemie.internal.NoemieTestFile.e071;
import static org.openfse.noemie.internal.NoemieTestFile.e080;
import static org.openfse.noemie.internal.NoemieTestFile.e081;
import static org.openfse.noemie.internal.NoemieTestFile.e102;
import static org.openfse.noemie.internal.NoemieTestFile.e198;
import static org.openfse.noemie.internal.NoemieTestFile.e199;
import static org.openfse.noemie.internal.NoemieTestFile.e250;
import static org.openfse.noemie.internal.NoemieTestFile.e261;
import static org.openfse.noemie.internal.NoemieTestFile.e262;
import static org.openfse.noemie.internal.NoemieTestFile.e290;
import static org.openfse.noemie.internal.NoemieTestFile.e294;
import static org.openfse.noemie.internal.NoemieTestFile.e990;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.noemie.internal.NoemieTestFile.Stream;

/**
 * {@code cli noemie FILE} against files built by hand from NOEMIE-PS.md, with golden JSON written
 * by hand (issue 9's format). Amounts and names after seed 002: invoice 254 (AMO 0.09, AMC
 * 100.00, AMC 1100000000), 213 paid 5.52, reject code 4025 (lots 005-007), retenue DETTE9FR of
 * 3.22 (Op. ponctuelles > Retenues), one-off CODE1 LIBELLE1 40.00, transfer wording "VIR AMO
 * LIGNE 1 - 7FR", organisme 10349000.
 */
class NoemieCommandTest {

    @TempDir
    Path dir;

    /**
     * One transfer: lot 025 with invoices 254 (AMO 0.09 + AMC 100.00 paid), 257 (4.00 paid of 5.40
     * claimed), 212 (AMO rejected, 294 code 4025) and 213 (5.52 paid, with a notice 290), then a
     * withholding of 3.22 (250 RPR, sign N) and a one-off payment of 40.00 (261 + 262).
     * Lot 990: 4 invoices, 0.09 + 100.00 + 4.00 + 0.00 + 5.52 = 109.61; payment 990: 1 lot,
     * 109.61 - 3.22 + 40.00 = 146.39 (C12); trailer total 146.39 (C13).
     */
    static Stream seedLikeTransfer() {
        return new Stream().add(e040(992604231L),
                e071(240529, "VIR AMO LIGNE 1 - 7FR", "VIR AMO LIGNE 2 - 7FR", "10349000"), e081(1), e080(240528, 25),
                e102(254, 25, 240528), e198(9, "P", 9), e199(10000, "P", 10000, "1100000000"),
                e102(257, 25, 240528), e198(540, "P", 400),
                e102(212, 25, 240528), e198(3, "R", 0), e294("4025", "DROITS NON OUVERTS"),
                e102(213, 25, 240528), e198(552, "P", 552), e290(1, "NOTICE1", "TAUX MODIFIE"),
                e990("080240528025", 4, 10961),
                e081(5), e250(1, "DETTE9FR", 240529, "ODL", "RPR", -322, 0),
                e081(3), e261(1, 4000), e262("CODE1", "LIBELLE1", 4000),
                e990("071240529", 1, 14639));
    }

    private static final String SEED_LIKE_JSON = "{\"payments\":[{\"date\":\"2024-05-29\",\"amount\":\"146.39\","
            + "\"payer\":\"10349000\",\"labels\":[\"VIR AMO LIGNE 1 - 7FR\",\"VIR AMO LIGNE 2 - 7FR\"],\"invoices\":["
            + "{\"invoice\":\"000000254\",\"lot\":\"025\",\"paid\":\"0.09\",\"part\":\"AMO\"},"
            + "{\"invoice\":\"000000254\",\"lot\":\"025\",\"paid\":\"100.00\",\"part\":\"AMC\"},"
            + "{\"invoice\":\"000000257\",\"lot\":\"025\",\"paid\":\"4.00\",\"part\":\"AMO\"},"
            + "{\"invoice\":\"000000213\",\"lot\":\"025\",\"paid\":\"5.52\",\"part\":\"AMO\"}]}],"
            + "\"rejects\":[{\"invoice\":\"000000212\",\"lot\":\"025\",\"code\":\"4025\",\"label\":\"DROITS NON OUVERTS\"}],"
            + "\"errors\":[],"
            + "\"totals\":{\"payments\":1,\"amount\":\"146.39\",\"invoices\":4,\"paid\":\"109.61\",\"rejects\":1,"
            + "\"notices\":1,\"retenues\":\"-3.22\",\"oneOffs\":\"40.00\",\"errors\":0}}";

    private record Run(int exit, String out, String err) {
    }

    private Run run(byte[] content) throws IOException {
        Path file = dir.resolve("retour.noemie");
        Files.write(file, content);
        return run(file.toString());
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new NoemieCommand(new NoemieReturnProcessor()).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).strip(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void paymentsPartialPaymentRejectRetenueAndOneOffGiveTheGoldenJson() throws IOException {
        byte[] file = NoemieTestFile.join(NoemieTestFile.records("F00100", seedLikeTransfer(), 1, 14639), "");

        Run run = run(file);

        assertEquals(0, run.exit(), run.err());
        assertEquals(SEED_LIKE_JSON, run.out());
    }

    @Test
    void corruptedRecordInTheMiddleIsListedAndTheRestIsUsed() throws IOException {
        Stream stream = seedLikeTransfer();
        // entity 10 (0-based) is the 198 of invoice 212; break its type code
        NoemieTestFile.Placed target = stream.placed.get(10);
        assertEquals("198", target.type());
        List<String> records = new ArrayList<>(NoemieTestFile.records("F00101", stream, 1, 14639));
        int dataRecord = target.from() / 127;
        int column = 2 + target.from() % 127;
        String record = records.get(1 + dataRecord);
        records.set(1 + dataRecord, record.substring(0, column - 1) + "X" + record.substring(column));

        Run run = run(NoemieTestFile.join(records, ""));

        assertEquals(0, run.exit(), run.err());
        long physical = 2 + dataRecord;
        // the damaged 198 is lost, and the 294 after it has no reliable owner: invoice 212 is neither
        // paid nor rejected; the other payments are all there (213 keeps its notice); the lot's and
        // the group's controls still match (0.00 was lost)
        String expected = "{\"payments\":[{\"date\":\"2024-05-29\",\"amount\":\"146.39\","
                + "\"payer\":\"10349000\",\"labels\":[\"VIR AMO LIGNE 1 - 7FR\",\"VIR AMO LIGNE 2 - 7FR\"],\"invoices\":["
                + "{\"invoice\":\"000000254\",\"lot\":\"025\",\"paid\":\"0.09\",\"part\":\"AMO\"},"
                + "{\"invoice\":\"000000254\",\"lot\":\"025\",\"paid\":\"100.00\",\"part\":\"AMC\"},"
                + "{\"invoice\":\"000000257\",\"lot\":\"025\",\"paid\":\"4.00\",\"part\":\"AMO\"},"
                + "{\"invoice\":\"000000213\",\"lot\":\"025\",\"paid\":\"5.52\",\"part\":\"AMO\"}]}],"
                + "\"rejects\":[],"
                + "\"errors\":[{\"record\":" + physical + ",\"reason\":\"entity does not start with a 3-digit type code: "
                + "'X980500000003R00000000P@' (record " + physical + ", byte " + column + ")\"},"
                + "{\"record\":" + (2 + stream.placed.get(11).from() / 127) + ",\"reason\":\"entity 294 follows a damaged entity: "
                + "it has no reliable invoice, not used (record " + (2 + stream.placed.get(11).from() / 127) + ", byte "
                + (2 + stream.placed.get(11).from() % 127) + ")\"}],"
                + "\"totals\":{\"payments\":1,\"amount\":\"146.39\",\"invoices\":4,\"paid\":\"109.61\",\"rejects\":0,"
                + "\"notices\":1,\"retenues\":\"-3.22\",\"oneOffs\":\"40.00\",\"errors\":2}}";
        assertEquals(expected, run.out());
    }

    @Test
    void truncatedFileIsReadUpToTheCutWithExit0() throws IOException {
        byte[] whole = NoemieTestFile.join(NoemieTestFile.records("F00102", seedLikeTransfer(), 1, 14639), "");
        // header and the first data record (stream 0-126: 040 0-20, 071 21-106, then the first 20
        // characters of the 081, "0810201" and spaces), then 40 bytes of the second data record
        byte[] cut = java.util.Arrays.copyOf(whole, 2 * 128 + 40);

        Run run = run(cut);

        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"payments\":[{\"date\":\"2024-05-29\",\"amount\":\"0.00\",\"payer\":\"10349000\","
                + "\"labels\":[\"VIR AMO LIGNE 1 - 7FR\",\"VIR AMO LIGNE 2 - 7FR\"],\"invoices\":[]}],\"rejects\":[],"
                + "\"errors\":[{\"record\":2,\"reason\":\"data ends inside an entity: '0810201' has no '@' (record 2, byte 109)\"},"
                + "{\"record\":2,\"reason\":\"the last usable record is not a trailer 999; the file may be truncated (record 2, byte 1)\"},"
                + "{\"record\":3,\"reason\":\"the file ends after 40 bytes of this record, 128 expected; record not read (record 3, byte 1)\"}],"
                + "\"totals\":{\"payments\":1,\"amount\":\"0.00\",\"invoices\":0,\"paid\":\"0.00\",\"rejects\":0,"
                + "\"notices\":0,\"retenues\":\"0.00\",\"oneOffs\":\"0.00\",\"errors\":3}}", run.out());
    }

    @Test
    void fileWithNothingReadableExits2() throws IOException {
        Run run = run("NOT A NOEMIE FILE\n".repeat(3).getBytes(StandardCharsets.US_ASCII));

        assertEquals(2, run.exit());
        assertTrue(run.out().startsWith("{\"payments\":[],\"rejects\":[],\"errors\":[{\"record\":1,"), run.out());
        assertTrue(run.err().contains("Aucune donnée"), run.err());
    }

    @Test
    void missingFileExits2WithAFrenchMessage() {
        Run run = run(dir.resolve("absent.noemie").toString());

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Fichier introuvable"), run.err());
    }

    @Test
    void noArgumentExits2WithTheUsage() {
        Run run = run();

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Usage"), run.err());
    }
}
