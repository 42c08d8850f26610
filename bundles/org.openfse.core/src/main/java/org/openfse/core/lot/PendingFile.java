package org.openfse.core.lot;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A B2 file waiting to be sent (see {@link LotService#filesToSend()}).
 *
 * @param lotId the lot's store id
 * @param psNumber the practitioner's PS number
 * @param lotNumber the lot number
 * @param destination the lot's destination organisme ({@link LotSummary#destination()})
 * @param concentratorId the store id of the concentrator the practitioner sends through, 0 when none
 * @param fileName the file name (also the attachment name)
 * @param path the file, in the data folder
 * @param sha256 the file's SHA-256 (hex, lower case) recorded at mettre en fichier
 * @param sizeBytes its size
 * @param attempt the number to give {@link LotService#beginSend} / {@link LotService#markSent}
 *        for this attempt: {@code attempts + 1}
 * @param resend whether this attempt must show as "Réexpédié": an earlier attempt was started
 *        (it may have reached the payer), or the lot is sent again after a negative ARL / no ARL
 */
public record PendingFile(long lotId, String psNumber, int lotNumber, String destination, long concentratorId,
        String fileName, Path path, String sha256, long sizeBytes, int attempt, boolean resend) {

    public PendingFile {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
