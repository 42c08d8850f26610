package org.openfse.noemie.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openfse.noemie.internal.NoemieTestFile.e040;
import static org.openfse.noemie.internal.NoemieTestFile.e071;
import static org.openfse.noemie.internal.NoemieTestFile.e080;
import static org.openfse.noemie.internal.NoemieTestFile.e081;
import static org.openfse.noemie.internal.NoemieTestFile.e102;
import static org.openfse.noemie.internal.NoemieTestFile.e103;
import static org.openfse.noemie.internal.NoemieTestFile.e198;
import static org.openfse.noemie.internal.NoemieTestFile.e990;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfse.core.returns.RecordError;
import org.openfse.core.returns.ReturnFile;
import org.openfse.noemie.internal.NoemieTestFile.Layout;
import org.openfse.noemie.internal.NoemieTestFile.Stream;

/**
 * The reader against files built by hand from NOEMIE-PS.md (framing of section 3, checks of
 * section 4, layouts of section 7, conventions C1-C13). Amounts follow seed 002 (invoice 254,
 * AMO 0.09; transfer wording "VIR AMO LIGNE 1 - 7FR"; payer 10349000).
 */
class NoemieReaderTest {

    private static final String FILE_ID = "F00042";

    /** Header 000, then 040, 071, 081, a lot 080, one invoice 102 with its AMO part 198, the 990 of the lot and of the payment, trailer 999. */
    private static Stream oneInvoice() {
        return new Stream().add(e040(992604231L), e071(240529, "VIR AMO LIGNE 1 - 7FR", "VIR AMO LIGNE 2 - 7FR", "10349000"),
                e081(1), e080(240528, 25), e102(254, 25, 240528), e198(9, 9), e990("080240528025", 1, 9),
                e990("071240529", 1, 9));
    }

    /**
     * Same shape with six invoices. Stream offsets (0-based, end excluded), with the slices of
     * 127 characters: data record k (physical record k + 2) holds offsets 127k to 127k + 126.
     * 040 0-21, 071 21-107, 081 107-129, 080 129-144, then invoice i (1..6) 102 at 144 + 64(i-1),
     * its 198 at 184 + 64(i-1), then 990 528-571, 990 571-614: 614 characters, 5 data records.
     */
    private static Stream sixInvoices() {
        Stream stream = new Stream().add(e040(992604231L),
                e071(240529, "VIR AMO LIGNE 1 - 7FR", "VIR AMO LIGNE 2 - 7FR", "10349000"), e081(1), e080(240528, 25));
        for (int i = 1; i <= 6; i++) {
            stream.add(e102(250 + i, 25, 240528), e198(100L * i, 100L * i));
        }
        return stream.add(e990("080240528025", 6, 2100), e990("071240529", 1, 2100));
    }

    private static ReturnFile read(byte[] file) throws IOException {
        return new NoemieReturnProcessor().read(new ByteArrayInputStream(file));
    }

    private static List<String> codes(ReturnFile result) {
        return result.errors().stream().map(RecordError::code).toList();
    }

    @Test
    void wellFormedFileIsCountedWithoutErrors() throws IOException {
        List<String> records = NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9);

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of(), result.errors());
        // 294 stream characters = 3 data records of 127, plus header and trailer
        assertEquals(5, result.physicalRecords());
        assertEquals(Map.of("000", 1L, "040", 1L, "071", 1L, "081", 1L, "080", 1L, "102", 1L, "198", 1L, "990", 2L,
                "999", 1L), result.entityCounts());
        assertFalse(result.unreadable());
    }

    @Test
    void recordsFollowedByLfOrCrLfAreReadTheSame() throws IOException {
        List<String> records = NoemieTestFile.records(FILE_ID, sixInvoices(), 1, 2100);
        Map<String, Long> expected = Map.of("000", 1L, "040", 1L, "071", 1L, "081", 1L, "080", 1L, "102", 6L,
                "198", 6L, "990", 2L, "999", 1L);

        for (String lineEnd : List.of("", "\n", "\r\n")) {
            ReturnFile result = read(NoemieTestFile.join(records, lineEnd));
            assertEquals(List.of(), result.errors(), "line end " + lineEnd.length());
            assertEquals(7, result.physicalRecords());
            assertEquals(expected, result.entityCounts());
        }
    }

    @Test
    void crLfFileWithoutLineEndAfterTheLastRecordIsAccepted() throws IOException {
        List<String> records = NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9);
        byte[] withEnds = NoemieTestFile.join(records, "\r\n");
        byte[] file = java.util.Arrays.copyOf(withEnds, withEnds.length - 2);

        ReturnFile result = read(file);

        assertEquals(List.of(), result.errors());
        assertEquals(5, result.physicalRecords());
    }

    @Test
    void lineOfWrongLengthInTheMiddleIsReportedAndLaterEntitiesAreCounted() throws IOException {
        Stream stream = sixInvoices();
        // check the offsets the expectations below rely on
        assertEquals(248, stream.placed.get(7).from()); // 198 of invoice 2 starts in data record 1 ...
        assertEquals(272, stream.placed.get(7).to()); // ... and ends in data record 2 (254-380)
        assertEquals(376, stream.placed.get(11).from()); // 198 of invoice 4 starts in data record 2 ...
        assertEquals(400, stream.placed.get(11).to()); // ... and ends in data record 3 (381-507)
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, stream, 1, 2100));
        // physical record 4 = data record 2, cut down to 100 bytes
        records.set(3, records.get(3).substring(0, 100));

        ReturnFile result = read(NoemieTestFile.join(records, "\n"));

        // lost: every entity touching offsets 254-380 (198 #2, 102 #3, 198 #3, 102 #4, 198 #4); the
        // 6 characters of 198 #2 before the gap run into the 19 of 198 #4 after it: 25 characters
        assertEquals(List.of("BAD_ENTITY_LENGTH", "BAD_LENGTH"), codes(result));
        RecordError merged = result.errors().get(0);
        assertEquals(3, merged.record());
        assertEquals(2 * 129, merged.offset());
        assertTrue(merged.reason().contains("25"), merged.reason());
        assertTrue(merged.reason().contains("byte 123"), merged.reason()); // 2 + (248 - 127)
        RecordError bad = result.errors().get(1);
        assertEquals(4, bad.record());
        assertEquals(3 * 129, bad.offset());
        assertTrue(bad.reason().contains("100"), bad.reason());
        assertEquals(7, result.physicalRecords());
        assertEquals(Map.of("000", 1L, "040", 1L, "071", 1L, "081", 1L, "080", 1L, "102", 4L, "198", 3L, "990", 2L,
                "999", 1L), result.entityCounts());
    }

    @Test
    void lineTooLongIsReportedWithItsLength() throws IOException {
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, sixInvoices(), 1, 2100));
        records.set(3, records.get(3) + "X".repeat(72));

        ReturnFile result = read(NoemieTestFile.join(records, "\r\n"));

        RecordError bad = result.errors().stream().filter(e -> e.code().equals("BAD_LENGTH")).findFirst().orElseThrow();
        assertEquals(4, bad.record());
        assertEquals(3 * 130, bad.offset());
        assertTrue(bad.reason().contains("200"), bad.reason());
        assertEquals(2L, result.entityCounts().get("990"));
        assertEquals(1L, result.entityCounts().get("999"));
    }

    @Test
    void garbageInsideARecordLosesOnlyTheDamagedEntity() throws IOException {
        Stream stream = sixInvoices();
        assertEquals(400, stream.placed.get(12).from()); // 102 of invoice 5, in data record 3 (381-507)
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, stream, 1, 2100));
        String record = records.get(4); // physical record 5 = data record 3
        int column = 2 + (400 - 381); // its type code "102" at bytes 21-23
        assertEquals("102", record.substring(column - 1, column + 2));
        records.set(4, record.substring(0, column - 1) + "#?!" + record.substring(column + 2));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of("BAD_ENTITY_TYPE"), codes(result));
        RecordError error = result.errors().get(0);
        assertEquals(5, error.record());
        assertEquals(4 * 128, error.offset());
        assertTrue(error.reason().contains("byte 21"), error.reason());
        assertEquals(5L, result.entityCounts().get("102"));
        assertEquals(6L, result.entityCounts().get("198"));
        assertEquals(2L, result.entityCounts().get("990"));
        assertEquals(1L, result.entityCounts().get("999"));
    }

    @Test
    void truncatedFileKeepsWhatCameBeforeTheCut() throws IOException {
        byte[] whole = NoemieTestFile.join(NoemieTestFile.records(FILE_ID, sixInvoices(), 1, 2100), "");
        // 4 whole records (header, data records 0-2 = stream 0-380), then 60 bytes of record 5
        byte[] cut = java.util.Arrays.copyOf(whole, 4 * 128 + 60);

        ReturnFile result = read(cut);

        // 198 #4 (376-400) is cut after 5 characters: no '@'
        assertEquals(List.of("UNTERMINATED_ENTITY", "MISSING_TRAILER", "TRUNCATED_RECORD"), codes(result));
        assertEquals(4, result.errors().get(0).record());
        assertTrue(result.errors().get(0).reason().contains("byte 124"), result.errors().get(0).reason()); // 2 + (376 - 254)
        assertEquals(4, result.errors().get(1).record());
        assertEquals(5, result.errors().get(2).record());
        assertEquals(4 * 128, result.errors().get(2).offset());
        assertEquals(5, result.physicalRecords());
        assertEquals(Map.of("000", 1L, "040", 1L, "071", 1L, "081", 1L, "080", 1L, "102", 4L, "198", 3L),
                result.entityCounts());
    }

    @Test
    void unknownEntityTypeIsCountedReportedAndSkipped() throws IOException {
        String unknown = new Layout(30).text(1, 3, "555").text(4, 5, "05").text(6, 15, "NEW ENTITY").text(30, 30, "@")
                .toString();
        Stream stream = new Stream().add(e040(992604231L), e071(240529, "VIR", "", "10349000"), e081(1),
                e080(240528, 25), e102(254, 25, 240528), unknown, e198(9, 9), e990("080240528025", 1, 9),
                e990("071240529", 1, 9));
        int from = stream.placed.get(5).from(); // 184

        ReturnFile result = read(NoemieTestFile.join(NoemieTestFile.records(FILE_ID, stream, 1, 9), ""));

        assertEquals(List.of("UNKNOWN_TYPE"), codes(result));
        RecordError warning = result.errors().get(0);
        assertEquals(2 + from / 127, warning.record());
        assertTrue(warning.reason().contains("555"), warning.reason());
        assertTrue(warning.reason().contains("byte " + (2 + from % 127)), warning.reason());
        assertEquals(1L, result.entityCounts().get("555"));
        assertEquals(1L, result.entityCounts().get("198"));
        assertEquals(2L, result.entityCounts().get("990"));
    }

    @Test
    void emptyFileIsUnreadable() throws IOException {
        ReturnFile result = read(new byte[0]);

        assertTrue(result.unreadable());
        assertEquals(0, result.physicalRecords());
        assertEquals(List.of("EMPTY_FILE"), codes(result));
    }

    @Test
    void fileWithoutHeaderIsUnreadable() throws IOException {
        byte[] junk = ("X".repeat(128) + "Y".repeat(128)).getBytes(StandardCharsets.ISO_8859_1);

        ReturnFile result = read(junk);

        assertTrue(result.unreadable());
        assertEquals(2, result.physicalRecords());
        assertEquals(List.of("MISSING_HEADER"), codes(result));
    }

    @Test
    void dataBeforeTheHeaderIsReportedAndTheRestRead() throws IOException {
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9));
        records.add(0, "0" + e102(1, 1, 240101) + " ".repeat(87));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        // the trailer was written for 5 records and is now record 6
        assertEquals(List.of("DATA_BEFORE_HEADER", "TRAILER_RECORD_COUNT"), codes(result));
        assertEquals(1, result.errors().get(0).record());
        assertEquals(6, result.errors().get(1).record());
        assertEquals(1L, result.entityCounts().get("102"));
        assertEquals(1L, result.entityCounts().get("000"));
    }

    @Test
    void trailerRecordCountMustMatch() throws IOException {
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9));
        records.set(4, NoemieTestFile.trailer(FILE_ID, 9, 1, 9));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of("TRAILER_RECORD_COUNT"), codes(result));
        RecordError error = result.errors().get(0);
        assertEquals(5, error.record());
        assertEquals(4 * 128, error.offset());
        assertTrue(error.reason().contains("9") && error.reason().contains("5"), error.reason());
    }

    @Test
    void trailerLotCountMustMatch() throws IOException {
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, oneInvoice(), 2, 9));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of("TRAILER_LOT_COUNT"), codes(result));
    }

    @Test
    void headerAndTrailerMustNameTheSameFile() throws IOException {
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9));
        records.set(4, NoemieTestFile.trailer("F00043", 5, 1, 9));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of("HEADER_TRAILER_MISMATCH"), codes(result));
    }

    @Test
    void headerMustDeclare128ByteRecords() throws IOException {
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9));
        String header = records.get(0);
        records.set(0, header.substring(0, 82) + "129" + header.substring(85));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of("HEADER_RECORD_LENGTH"), codes(result));
        assertEquals(1L, result.entityCounts().get("102"));
    }

    @Test
    void lastDataRecordMustCarryIndicatorOne() throws IOException {
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9));
        records.set(3, "0" + records.get(3).substring(1));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of("LAST_FLAG_MISSING"), codes(result));
        assertEquals(4, result.errors().get(0).record());
        assertEquals(2L, result.entityCounts().get("990"));
    }

    @Test
    void indicatorOneBeforeTheLastDataRecordIsReported() throws IOException {
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9));
        records.set(1, "1" + records.get(1).substring(1));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of("LAST_FLAG_MISPLACED"), codes(result));
        assertEquals(2, result.errors().get(0).record());
        assertEquals(2L, result.entityCounts().get("990"));
    }

    @Test
    void anyIndicatorOtherThanOneMeansMoreRecordsFollow() throws IOException {
        // N-U2: readers accept any value other than 1 as "more data records follow"
        List<String> records = new ArrayList<>(NoemieTestFile.records(FILE_ID, oneInvoice(), 1, 9));
        records.set(1, "9" + records.get(1).substring(1));
        records.set(2, " " + records.get(2).substring(1));

        ReturnFile result = read(NoemieTestFile.join(records, ""));

        assertEquals(List.of(), result.errors());
        assertEquals(2L, result.entityCounts().get("990"));
    }

    @Test
    void entityOfWrongLengthIsReportedAndReadingResumesAfterItsAt() throws IOException {
        String short102 = e102(254, 25, 240528).substring(0, 38) + "@"; // 39 characters instead of 40
        Stream stream = new Stream().add(e040(992604231L), e071(240529, "VIR", "", "10349000"), e081(1),
                e080(240528, 25), short102, e198(9, 9), e990("080240528025", 1, 9), e990("071240529", 1, 9));

        ReturnFile result = read(NoemieTestFile.join(NoemieTestFile.records(FILE_ID, stream, 1, 9), ""));

        assertEquals(List.of("BAD_ENTITY_LENGTH"), codes(result));
        assertTrue(result.errors().get(0).reason().contains("39"), result.errors().get(0).reason());
        assertEquals(null, result.entityCounts().get("102"));
        assertEquals(1L, result.entityCounts().get("198"));
    }

    @Test
    void entitiesAreReassembledAcrossDataRecords() throws IOException {
        String insured = e103("1991175123456", 42, "ESSAI", "ALEXANDRE");
        Stream stream = new Stream().add(e040(992604231L), e071(240529, "VIR", "", "10349000"), e081(1),
                e080(240528, 25), e102(259, 25, 240528), insured, e198(469, 469), e990("080240528025", 1, 469),
                e990("071240529", 1, 469));
        int from = stream.placed.get(5).from(); // 184: the 152 characters run over three slices
        List<Entity> seen = new ArrayList<>();
        NoemieReader reader = new NoemieReader(EntityCatalogue.noemiePs());

        ReturnFile result = reader.read(new ByteArrayInputStream(
                NoemieTestFile.join(NoemieTestFile.records(FILE_ID, stream, 1, 469), "\n")), seen::add);

        assertEquals(List.of(), result.errors());
        Entity entity = seen.stream().filter(e -> e.type().equals("103")).findFirst().orElseThrow();
        assertEquals(insured, entity.text());
        assertEquals(2 + from / 127, entity.start().record());
        assertEquals(2 + from % 127, entity.start().column());
        assertEquals((1 + from / 127) * 129L, entity.start().recordOffset());
        assertEquals("ESSAI", entity.field(21, 45).strip());
        assertEquals(List.of("000", "040", "071", "081", "080", "102", "103", "198", "990", "990", "999"),
                seen.stream().map(Entity::type).toList());
    }

    @Test
    void problemsBeyondTheLimitAreCountedNotListed() throws IOException {
        Stream stream = new Stream().add(e040(992604231L));
        String unknown = new Layout(6).text(1, 3, "555").text(4, 5, "05").text(6, 6, "@").toString();
        for (int i = 0; i < 1500; i++) {
            stream.add(unknown);
        }
        List<RecordError> problems = new ArrayList<>();
        NoemieReader reader = new NoemieReader(EntityCatalogue.noemiePs());

        ReturnFile result = reader.read(new ByteArrayInputStream(
                NoemieTestFile.join(NoemieTestFile.records(FILE_ID, stream, 0, 0), "")), new EntityListener() {
                    @Override
                    public void entity(Entity entity) {
                        // counted by the reader
                    }

                    @Override
                    public void problem(RecordError error) {
                        problems.add(error);
                    }
                });

        assertEquals(1500, problems.size());
        assertEquals(1001, result.errors().size());
        RecordError last = result.errors().get(1000);
        assertEquals("TOO_MANY_ERRORS", last.code());
        assertTrue(last.reason().startsWith("500 more"), last.reason());
        assertEquals(1500L, result.entityCounts().get("555"));
    }
}
