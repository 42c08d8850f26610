package org.openfse.core.lot;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A B2 file made for a lot (the model's TransmissionFile).
 *
 * @param fileName its name
 * @param path where it is, in the data folder
 * @param sizeBytes its size
 * @param sha256 SHA-256 of its bytes, hex, lower case
 * @param createdAt when it was written
 * @param sentAt when it was last sent, {@code null} before
 * @param transport the transport that last sent it, {@code ""} before
 */
public record LotFile(String fileName, Path path, long sizeBytes, String sha256, Instant createdAt, Instant sentAt,
        String transport) {

    public LotFile {
        transport = transport == null ? "" : transport;
    }
}
