package org.openfse.core.transport;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a {@link Transport} hands the files it receives. The transport acknowledges a file to the
 * remote side (POP3 delete, concentrator DELETE) only after {@link #accept} returned normally, so
 * a file is never lost: when the process stops in between, the file is received again on the next
 * run and the sink recognises it (same name and content) as already stored.
 *
 * @since 1.1
 */
@ConsumerType
@FunctionalInterface
public interface IncomingFileSink {

    /**
     * Stores one received file durably (written and synced) before returning.
     *
     * @throws IOException when it could not be stored; the transport then leaves the file on the
     *         remote side and stops receiving
     */
    void accept(IncomingFile file) throws IOException;
}
