package org.openfse.core.returns;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was read from one return file.
 *
 * @param physicalRecords number of physical records read
 * @param entityCounts number of entities read per entity type code ({@code "000"}, {@code "102"}...)
 * @param errors records that could not be used, in file order
 */
public record ReturnFile(long physicalRecords, Map<String, Long> entityCounts, List<RecordError> errors) {
    public ReturnFile {
        entityCounts = Map.copyOf(entityCounts);
        errors = List.copyOf(errors);
        Objects.requireNonNull(entityCounts, "entityCounts");
    }

    /** Whether nothing at all could be read (the file is to be quarantined). */
    public boolean unreadable() {
        return physicalRecords == 0 || entityCounts.isEmpty();
    }
}
