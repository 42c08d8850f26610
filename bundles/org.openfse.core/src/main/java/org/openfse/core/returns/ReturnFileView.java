package org.openfse.core.returns;

import java.time.Instant;
import java.util.List;

/**
 * One received return file for the "Retours NOEMIE" screen.
 *
 * @param id {@code ReturnFile} id
 * @param fileName name it was received under
 * @param emitter sender type and number from the header ({@code CP 00000001349000}), blank when unreadable
 * @param fileId the header's file identifier
 * @param receivedAt when it arrived
 * @param integratedAt when it was integrated, {@code null} for a quarantined file
 * @param sha256 hex SHA-256
 * @param status IMPORTED, IMPORTED_WITH_ERRORS or QUARANTINED
 * @param errors every problem with its record and reason (the quarantine reason included)
 * @param payments number of payments it announced
 * @param rejects number of rejects and notices it carried
 */
public record ReturnFileView(long id, String fileName, String emitter, String fileId, Instant receivedAt,
        Instant integratedAt, String sha256, ImportStatus status, List<RecordError> errors, int payments,
        int rejects) {

    public ReturnFileView {
        errors = List.copyOf(errors);
    }
}
