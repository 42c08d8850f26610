package org.openfse.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Frames a NOEMIE-PS file (NOEMIE-PS.md section 3): the header record, the entity stream cut in
 * 127-character slices each behind a continuation indicator ({@code 0}, C6; {@code 1} on the last
 * data record, padded with spaces), then the trailer record. Records are 128 bytes back to back.
 */
final class RecordFramer {

    static final int RECORD_LENGTH = 128;
    static final int SLICE = RECORD_LENGTH - 1;

    private RecordFramer() {
    }

    /** Number of physical records a file with this stream length takes, header and trailer included. */
    static long records(int streamLength) {
        return (streamLength + SLICE - 1) / SLICE + 2L;
    }

    static byte[] frame(String header, CharSequence stream, String trailer) {
        if (header.length() != RECORD_LENGTH || trailer.length() != RECORD_LENGTH) {
            throw new IllegalArgumentException("header and trailer must be " + RECORD_LENGTH + " characters");
        }
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("empty entity stream");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) records(stream.length()) * RECORD_LENGTH);
        write(out, header);
        for (int from = 0; from < stream.length(); from += SLICE) {
            int to = Math.min(stream.length(), from + SLICE);
            boolean last = to == stream.length();
            String slice = stream.subSequence(from, to).toString();
            write(out, (last ? "1" : "0") + slice + " ".repeat(SLICE - slice.length()));
        }
        write(out, trailer);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String record) {
        out.writeBytes(record.getBytes(StandardCharsets.US_ASCII));
    }
}
