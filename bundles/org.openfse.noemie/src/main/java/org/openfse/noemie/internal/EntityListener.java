package org.openfse.noemie.internal;

import org.openfse.core.returns.RecordError;

/**
 * Receives what {@link NoemieReader} reads, in file order. Later decoding (invoices, payments,
 * rejects) plugs in here; counting needs no listener.
 */
interface EntityListener {

    /** A listener that ignores everything. */
    EntityListener NONE = new EntityListener() {
        @Override
        public void entity(Entity entity) {
            // nothing
        }
    };

    /** The log of the read, given before the first entity, for problems the listener finds itself. */
    default void attach(ErrorLog log) {
        // nothing by default
    }

    /** The end of the file: called once, after the last entity and problem, before the result is made. */
    default void end() {
        // nothing by default
    }

    /** A well-formed entity (known type, right length), or the header or trailer record. */
    void entity(Entity entity);

    /**
     * Something could not be used at this point of the file. Entities that follow a damaged one
     * may have lost their owner (NOEMIE-PS.md section 4): an amount after a damaged invoice entity
     * must not be attached to the previous invoice.
     */
    default void problem(RecordError error) {
        // nothing by default
    }
}
