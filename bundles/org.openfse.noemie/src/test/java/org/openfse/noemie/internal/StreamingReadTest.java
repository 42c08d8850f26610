package org.openfse.noemie.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openfse.core.returns.ReturnFile;

/**
 * A large return file produced on the fly, record by record, so that the whole file never exists
 * in memory: the reader must get through it with its counts and no error.
 */
class StreamingReadTest {

    private static final int INVOICES = 200_000;

    /** Header, 040 071 081 080, then INVOICES times 102 + 198, 990 990, trailer; built lazily. */
    private static final class GeneratedFile extends InputStream {
        private final String[] head = {NoemieTestFile.e040(992604231L),
            NoemieTestFile.e071(240529, "VIR AMO LIGNE 1", "", "10349000"), NoemieTestFile.e081(1),
            NoemieTestFile.e080(240528, 25)};
        private final String[] tail = {NoemieTestFile.e990("080240528025", INVOICES, 0),
            NoemieTestFile.e990("071240529", 1, 0)};
        private final long streamLength = 144L + 64L * INVOICES + 86L;
        private final long dataRecords = (streamLength + 126) / 127;
        private final StringBuilder pending = new StringBuilder();
        private int nextEntity; // 0..3 head, then 2 per invoice, then 2 tail
        private long recordsOut;
        private byte[] record = NoemieTestFile.header("F00099").getBytes(StandardCharsets.ISO_8859_1);
        private int pos;

        private String entity(int index) {
            if (index < head.length) {
                return head[index];
            }
            int body = index - head.length;
            if (body < 2 * INVOICES) {
                int invoice = body / 2 + 1;
                return body % 2 == 0 ? NoemieTestFile.e102(invoice, 25, 240528) : NoemieTestFile.e198(0, 0);
            }
            int rest = body - 2 * INVOICES;
            return rest < tail.length ? tail[rest] : null;
        }

        private byte[] nextRecord() {
            recordsOut++;
            if (recordsOut > dataRecords) {
                return recordsOut == dataRecords + 1
                        ? NoemieTestFile.trailer("F00099", dataRecords + 2, 1, 0).getBytes(StandardCharsets.ISO_8859_1)
                        : null;
            }
            String entity;
            while (pending.length() < 127 && (entity = entity(nextEntity)) != null) {
                pending.append(entity);
                nextEntity++;
            }
            int take = Math.min(127, pending.length());
            String slice = pending.substring(0, take);
            pending.delete(0, take);
            boolean last = recordsOut == dataRecords;
            return ((last ? "1" : "0") + slice + " ".repeat(127 - take)).getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public int read() {
            if (record == null) {
                return -1;
            }
            if (pos == record.length) {
                record = nextRecord();
                pos = 0;
                if (record == null) {
                    return -1;
                }
            }
            return record[pos++] & 0xFF;
        }
    }

    @Test
    void largeFileIsReadRecordByRecord() throws IOException {
        GeneratedFile file = new GeneratedFile();

        ReturnFile result = new NoemieReturnProcessor().read(file);

        assertEquals(java.util.List.of(), result.errors());
        assertEquals(file.dataRecords + 2, result.physicalRecords());
        assertEquals(INVOICES, result.entityCounts().get("102"));
        assertEquals(INVOICES, result.entityCounts().get("198"));
        assertEquals(2L, result.entityCounts().get("990"));
        assertEquals(1L, result.entityCounts().get("999"));
    }
}
