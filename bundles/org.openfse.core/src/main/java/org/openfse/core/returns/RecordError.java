package org.openfse.core.returns;

import java.util.Objects;

/**
 * A record of a return file that could not be used; the rest of the file still is.
 *
 * @param record 1-based number of the physical record
 * @param offset byte offset of the record in the file
 * @param reason what is wrong, in English for logs (screens translate {@code code})
 * @param code stable code of the problem ({@code BAD_LENGTH}, {@code UNKNOWN_TYPE}...)
 */
public record RecordError(long record, long offset, String code, String reason) {
    public RecordError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
