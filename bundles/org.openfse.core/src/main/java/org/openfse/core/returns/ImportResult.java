package org.openfse.core.returns;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one {@link ReturnImport#importFile}.
 *
 * @param status what became of the file
 * @param returnFileId id of the stored {@code ReturnFile} aggregate (for a duplicate: the first
 *        import's); 0 when no practitioner could hold it
 * @param sha256 hex SHA-256 of the bytes received
 * @param storedAt where the bytes are kept, relative to the data folder
 * @param errors every problem, with its record and reason (for a quarantined file: why)
 * @param payments payment groups stored
 * @param paymentLines payment lines stored (one per invoice part)
 * @param rejects rejects and notices stored
 * @param retenues financial movements stored
 * @param oneOffs one-off payments stored
 * @param lettrage what the automatic lettrage did, empty when it is off or for a duplicate
 */
public record ImportResult(ImportStatus status, long returnFileId, String sha256, Path storedAt,
        List<RecordError> errors, int payments, int paymentLines, int rejects, int retenues, int oneOffs,
        Optional<LettrageResult> lettrage) {

    public ImportResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sha256, "sha256");
        errors = List.copyOf(errors);
        Objects.requireNonNull(lettrage, "lettrage");
    }
}
