package org.openfse.core.transport;

import java.time.Instant;
import java.util.Objects;

/**
 * A file received (ARL, NOEMIE return, service message), exactly as it arrived.
 *
 * @param name file or attachment name
 * @param origin sender (mailbox, concentrator)
 * @param receivedAt when it arrived
 * @param content the bytes, verbatim
 */
public record IncomingFile(String name, String origin, Instant receivedAt, byte[] content) {
    public IncomingFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(receivedAt, "receivedAt");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
