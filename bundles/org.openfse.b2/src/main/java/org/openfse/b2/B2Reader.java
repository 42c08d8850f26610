package org.openfse.b2;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a B2 file record by record, without loading it: each call to {@link #next()} returns the
 * next 128-character record, or {@code null} at the end.
 *
 * <p>What it accepts (B2.md sections 2, 4 and 0): records of exactly 128 printable ASCII
 * characters, optionally followed by CR, LF or CR LF (U7); records identified by {@code 000},
 * {@code 999} or their first digit and sub-type letter (position 36, or 39 for 2S / 3S in CP
 * layouts); numeric fields of the parsed layouts holding digits, or only spaces for an absent value
 * (U5). Anything else stops reading with a {@link B2FormatException} naming the record and the
 * column.
 */
public final class B2Reader implements Closeable {

    private static final String SUBTYPES_2 = "SMPBC";
    private static final String SUBTYPES_4 = "SBCDFHMTU";

    private final InputStream in;
    private final byte[] buffer = new byte[B2Layout.RECORD_LENGTH];
    private long count;
    private boolean cp;

    public B2Reader(InputStream in) {
        this.in = new BufferedInputStream(Objects.requireNonNull(in, "in"), 1 << 16);
    }

    /**
     * The next record, or {@code null} at the end of the file.
     *
     * @throws B2FormatException when the record breaks the format
     * @throws IOException when the stream cannot be read
     */
    public B2Record next() throws IOException {
        int first = skipLineEnds();
        if (first < 0) {
            return null;
        }
        long number = ++count;
        buffer[0] = (byte) first;
        int length = 1 + in.readNBytes(buffer, 1, B2Layout.RECORD_LENGTH - 1);
        if (length < B2Layout.RECORD_LENGTH) {
            throw Messages.error(number, length + 1, "error.short", length);
        }
        for (int i = 0; i < length; i++) {
            int c = buffer[i] & 0xff;
            if (c < 0x20 || c > 0x7e) {
                throw Messages.error(number, i + 1, "error.char", c);
            }
        }
        String raw = new String(buffer, StandardCharsets.US_ASCII);
        String kind = kindOf(number, raw);
        B2Layout layout = B2Layouts.of(kind).orElse(null);
        if (layout != null) {
            checkNumbers(number, raw, layout);
        }
        if (kind.equals("000")) {
            cp = raw.substring(61, 65).equals("CP  ");
        }
        return new B2Record(number, kind, raw, layout);
    }

    /** How many records were read so far. */
    public long count() {
        return count;
    }

    private int skipLineEnds() throws IOException {
        int c = in.read();
        while (c == '\r' || c == '\n') {
            c = in.read();
        }
        return c;
    }

    private String kindOf(long number, String raw) throws B2FormatException {
        if (raw.startsWith("000")) {
            return "000";
        }
        if (raw.startsWith("999")) {
            return "999";
        }
        char type = raw.charAt(0);
        char at36 = raw.charAt(35);
        char at39 = raw.charAt(38);
        switch (type) {
            case '1', '6' -> {
                return String.valueOf(type);
            }
            case '2' -> {
                if (cp) {
                    return at39 == 'S' ? "2S" : "2 CP";
                }
                if (at36 == ' ') {
                    return "2";
                }
                if (SUBTYPES_2.indexOf(at36) >= 0) {
                    return "2" + at36;
                }
                throw Messages.error(number, 36, "error.subtype", "2", String.valueOf(at36));
            }
            case '3' -> {
                if (at39 == 'S') {
                    return "3S";
                }
                if (at36 == 'F' || at36 == 'H') {
                    return "3" + at36;
                }
                return "3";
            }
            case '4' -> {
                if (at36 != ' ' && SUBTYPES_4.indexOf(at36) >= 0) {
                    return "4" + at36;
                }
                if (cp) {
                    return "4 CP";
                }
                if (at36 == ' ') {
                    return "4";
                }
                throw Messages.error(number, 36, "error.subtype", "4", String.valueOf(at36));
            }
            case '5' -> {
                return cp ? "5 CP" : "5";
            }
            default -> throw Messages.error(number, 1, "error.kind", raw.substring(0, 3).strip());
        }
    }

    private static void checkNumbers(long number, String raw, B2Layout layout) throws B2FormatException {
        for (B2Field field : layout.fields()) {
            if (!field.numeric()) {
                continue;
            }
            int start = field.start() - 1;
            int end = field.end();
            boolean blank = true;
            for (int i = start; i < end; i++) {
                if (raw.charAt(i) != ' ') {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                continue;
            }
            for (int i = start; i < end; i++) {
                char c = raw.charAt(i);
                if (c < '0' || c > '9') {
                    throw Messages.error(number, i + 1, "error.numeric", field.label(), field.start(), field.end(),
                            raw.substring(start, end));
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
