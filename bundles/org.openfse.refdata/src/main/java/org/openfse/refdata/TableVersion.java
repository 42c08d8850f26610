package org.openfse.refdata;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a reference table, as declared in the bundle's {@code refdata/catalog.csv}.
 *
 * @param table table name ({@code IR_NAT_V})
 * @param version version id ({@code snds-fe17ef8}: the SNDS schema snapshot at commit fe17ef8)
 * @param effectiveFrom first day this version applies; empty for the first known version, which
 *        then also applies to every earlier day
 * @param upstreamDate the day the upstream file was last changed
 * @param path the file inside the bundle, relative to {@code refdata/}
 * @param gitBlob {@code git hash-object} of the file, recorded at packaging time
 * @param bytes size of the file in bytes, recorded at packaging time
 * @param rows number of data rows recorded at packaging time
 * @param keyColumn the column that holds the code looked up
 * @param labelColumn the column that holds the label, empty when the table has none
 * @param licence SPDX licence of the data ({@code MPL-2.0})
 * @param upstream where the file comes from: repository, commit and path
 */
public record TableVersion(String table, String version, Optional<LocalDate> effectiveFrom, LocalDate upstreamDate,
        String path, String gitBlob, long bytes, long rows, String keyColumn, Optional<String> labelColumn, String licence,
        String upstream) {

    public TableVersion {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(upstreamDate, "upstreamDate");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(gitBlob, "gitBlob");
        Objects.requireNonNull(keyColumn, "keyColumn");
        Objects.requireNonNull(labelColumn, "labelColumn");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(upstream, "upstream");
    }

    /** Whether this version applies on {@code day} (later versions aside). */
    public boolean startsOnOrBefore(LocalDate day) {
        return effectiveFrom.map(from -> !from.isAfter(day)).orElse(true);
    }
}
