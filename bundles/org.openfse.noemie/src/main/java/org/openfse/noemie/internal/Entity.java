package org.openfse.noemie.internal;

import java.util.Objects;

/**
 * One entity read from a NOEMIE-PS file, not decoded yet: the header and trailer records, or one
 * entity of the data stream reassembled across data records. Field decoding reads {@link #text()}
 * with the 1-based positions of NOEMIE-PS.md section 7 ({@link #field(int, int)}).
 *
 * @param type the 3-digit type code ({@code "000"}, {@code "102"}, {@code "999"}...)
 * @param text the whole entity, {@code @} terminator included for stream entities
 * @param start where the entity's first byte is in the file
 */
record Entity(String type, String text, Position start) {

    Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
    }

    /** The characters at 1-based positions {@code from} to {@code to}, both included. */
    String field(int from, int to) {
        if (from < 1 || to < from || to > text.length()) {
            throw new IndexOutOfBoundsException("positions " + from + "-" + to + " outside entity " + type
                    + " of length " + text.length());
        }
        return text.substring(from - 1, to);
    }
}
