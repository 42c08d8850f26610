package org.openfse.noemie.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openfse.core.returns.RecordError;

/**
 * The problems of one read, with a bound so that a huge damaged file cannot fill the memory:
 * past {@code limit} problems the rest are counted and summed up in one {@code TOO_MANY_ERRORS}.
 * Every problem, listed or not, goes to the listener.
 */
final class ErrorLog {

    private final int limit;
    private final EntityListener listener;
    private final List<RecordError> errors = new ArrayList<>();
    private long dropped;
    private RecordError firstDropped;

    ErrorLog(int limit, EntityListener listener) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.listener = listener;
    }

    /**
     * Records a problem found at a byte of a record. As {@code RecordError} defines it, the error's
     * offset is the record's offset in the file; the reason ends with the record number and the
     * 1-based byte inside the record.
     */
    void add(ErrorCode code, Position at, String reason) {
        add(new RecordError(at.record(), at.recordOffset(), code.name(), reason + " (" + at.describe() + ")"));
    }

    private void add(RecordError error) {
        listener.problem(error);
        if (errors.size() < limit) {
            errors.add(error);
        } else {
            if (dropped == 0) {
                firstDropped = error;
            }
            dropped++;
        }
    }

    /** The listed problems in file order (record, then offset; same place: order found). */
    List<RecordError> inFileOrder() {
        List<RecordError> result = new ArrayList<>(errors);
        result.sort(Comparator.comparingLong(RecordError::record).thenComparingLong(RecordError::offset));
        if (dropped > 0) {
            result.add(new RecordError(firstDropped.record(), firstDropped.offset(), ErrorCode.TOO_MANY_ERRORS.name(),
                    dropped + " more problems not listed, the first at record " + firstDropped.record()));
        }
        return result;
    }
}
