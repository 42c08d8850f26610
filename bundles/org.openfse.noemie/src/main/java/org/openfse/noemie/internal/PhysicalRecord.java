package org.openfse.noemie.internal;

import java.nio.charset.StandardCharsets;

/**
 * One physical record as found in the file.
 *
 * @param number 1-based record number
 * @param offset 0-based byte offset of the record in the file
 * @param bytes the record's bytes, line end removed; at most {@link PhysicalRecordReader#RECORD_LENGTH}
 *        are kept of a longer line
 * @param length the record's real length in bytes (line end excluded)
 * @param truncated whether the file ended inside this record
 */
record PhysicalRecord(long number, long offset, byte[] bytes, long length, boolean truncated) {

    /** Whether this record has exactly the right length and can be used. */
    boolean usable() {
        return !truncated && length == PhysicalRecordReader.RECORD_LENGTH;
    }

    /** Whether the record starts with these ASCII characters. */
    boolean startsWith(String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The record as text, one character per byte (NOEMIE-PS is printable ASCII). */
    String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Position of a 1-based byte of this record. */
    Position at(int column) {
        return new Position(number, offset, column);
    }
}
