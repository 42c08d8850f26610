package org.openfse.noemie.internal;

/**
 * Where something sits in the file.
 *
 * @param record 1-based number of the physical record
 * @param recordOffset 0-based byte offset of that record in the file
 * @param column 1-based byte position inside the record
 */
record Position(long record, long recordOffset, int column) {

    /** Human-readable form for error reasons. */
    String describe() {
        return "record " + record + ", byte " + column;
    }
}
