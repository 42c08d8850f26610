package org.openfse.refdata.internal;

import java.util.Objects;
import java.util.Optional;
import org.openfse.refdata.TableVersion;

/**
 * A line of {@code refdata/catalog.csv}: a table version and how its rows are dated.
 *
 * @param version the table version
 * @param rowFrom rule for the first day of each row, if the table has one
 * @param rowTo rule for the last day of each row (included), if the table has one
 */
record CatalogEntry(TableVersion version, Optional<DateRule> rowFrom, Optional<DateRule> rowTo) {

    CatalogEntry {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rowFrom, "rowFrom");
        Objects.requireNonNull(rowTo, "rowTo");
    }
}
