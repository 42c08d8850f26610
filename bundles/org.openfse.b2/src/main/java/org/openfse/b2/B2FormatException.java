package org.openfse.b2;

import java.io.IOException;

/**
 * A B2 file that does not follow the format. The message is French, for the user, and names the
 * record (counted from 1) and the column (1-based position in the record) where reading stopped.
 */
public final class B2FormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long record;
    private final int column;

    B2FormatException(long record, int column, String message) {
        super(message);
        this.record = record;
        this.column = column;
    }

    /** The record number, counted from 1. */
    public long record() {
        return record;
    }

    /** The column, 1-based position within the record. */
    public int column() {
        return column;
    }
}
