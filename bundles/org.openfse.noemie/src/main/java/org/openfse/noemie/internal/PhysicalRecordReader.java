package org.openfse.noemie.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a NOEMIE-PS byte stream into physical records of 128 bytes, one at a time.
 *
 * <p>NOEMIE-PS.md section 3 describes records with nothing between them; section 4 (N-U7) asks
 * readers to accept files where every record is followed by LF or CR LF as well. The mode is
 * chosen from the beginning of the file: when an LF appears in its first {@value #PROBE} bytes
 * the file is read line by line (a record is what lies between two LF, a CR just before the LF
 * dropped), otherwise as back-to-back 128-byte blocks. A raw NOEMIE-PS file never holds an LF
 * (C1: printable ASCII). In line mode a line of another length is returned with its real length
 * so that it is reported, and the next line is still read; empty lines carry no data and are
 * skipped. Memory use does not depend on the file or line size.
 */
final class PhysicalRecordReader {

    /** Length of every NOEMIE-PS physical record. */
    static final int RECORD_LENGTH = 128;

    /** How far the line-end detection looks. */
    static final int PROBE = 4096;

    private static final int LF = '\n';
    private static final int CR = '\r';

    private final InputStream in;
    private final boolean lines;
    private long offset;
    private long number;

    PhysicalRecordReader(InputStream in) throws IOException {
        this.in = in.markSupported() ? in : new BufferedInputStream(in, 2 * PROBE);
        this.lines = detectLines(this.in);
    }

    private static boolean detectLines(InputStream in) throws IOException {
        in.mark(PROBE);
        try {
            byte[] probe = in.readNBytes(PROBE);
            for (byte b : probe) {
                if (b == LF) {
                    return true;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /** The next record, or {@code null} at the end of the file. */
    PhysicalRecord next() throws IOException {
        return lines ? nextLine() : nextBlock();
    }

    private PhysicalRecord nextBlock() throws IOException {
        byte[] bytes = in.readNBytes(RECORD_LENGTH);
        if (bytes.length == 0) {
            return null;
        }
        PhysicalRecord record = new PhysicalRecord(++number, offset, bytes, bytes.length, bytes.length < RECORD_LENGTH);
        offset += bytes.length;
        return record;
    }

    private PhysicalRecord nextLine() throws IOException {
        while (true) {
            long start = offset;
            byte[] kept = new byte[RECORD_LENGTH + 1];
            int keptLength = 0;
            long length = 0;
            boolean sawLineEnd = false;
            boolean pendingCr = false;
            int b;
            while ((b = in.read()) != -1) {
                offset++;
                if (b == LF) {
                    sawLineEnd = true;
                    break;
                }
                if (pendingCr) {
                    // the CR was data, not the start of CR LF
                    keptLength = keep(kept, keptLength, CR);
                    length++;
                }
                pendingCr = b == CR;
                if (!pendingCr) {
                    keptLength = keep(kept, keptLength, b);
                    length++;
                }
            }
            if (pendingCr && !sawLineEnd) {
                // a CR at the very end of the file with no LF: treat it as a line end
                sawLineEnd = true;
            }
            if (length == 0 && !sawLineEnd) {
                return null;
            }
            if (length == 0) {
                continue;
            }
            byte[] bytes = Arrays.copyOf(kept, Math.min(keptLength, RECORD_LENGTH));
            boolean truncated = !sawLineEnd && length < RECORD_LENGTH;
            return new PhysicalRecord(++number, start, bytes, length, truncated);
        }
    }

    private static int keep(byte[] kept, int keptLength, int b) {
        if (keptLength < kept.length) {
            kept[keptLength] = (byte) b;
            return keptLength + 1;
        }
        return keptLength;
    }
}
