package org.openfse.core.returns;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives a return as it is read, in file order, one payment group at a time, so that a file of
 * any size can be processed in constant memory ({@link ReturnProcessor#read(java.io.InputStream,
 * ReturnListener)}).
 */
@ConsumerType
public interface ReturnListener {

    /** The header record. */
    default void header(ReturnHeader header) {
    }

    /** A payment group, complete (its 990, or the next group, or the end of the data was reached). */
    void payment(PaymentGroup group);

    /** A problem at some place of the file (also listed in the final {@link ReturnFile}). */
    default void problem(RecordError error) {
    }
}
