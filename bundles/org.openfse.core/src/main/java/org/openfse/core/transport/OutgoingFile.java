package org.openfse.core.transport;

import java.util.Objects;

/**
 * A file to send (a B2 lot, a SCOR lot).
 *
 * @param name file name
 * @param destination destination organisme key or mailbox
 * @param content the bytes, sent verbatim
 */
public record OutgoingFile(String name, String destination, byte[] content) {
    public OutgoingFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(destination, "destination");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
