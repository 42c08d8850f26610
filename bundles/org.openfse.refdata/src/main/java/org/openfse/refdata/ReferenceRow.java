package org.openfse.refdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a reference table, values as text exactly as in the file.
 *
 * @param version the table version it comes from
 * @param line the line number in the file (1 is the header, so data rows start at 2)
 * @param columns the column names of the table, in file order
 * @param values the values, in the same order
 * @param validFrom first day the row is in force, when the table says
 * @param validTo last day the row is in force, when the table says
 */
public record ReferenceRow(TableVersion version, int line, List<String> columns, List<String> values,
        Optional<LocalDate> validFrom, Optional<LocalDate> validTo) {

    public ReferenceRow {
        Objects.requireNonNull(version, "version");
        columns = List.copyOf(columns);
        values = List.copyOf(values);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException(version.table() + " line " + line + ": " + values.size()
                    + " values for " + columns.size() + " columns");
        }
    }

    /**
     * The value of {@code column} (empty text when the cell is empty).
     *
     * @throws IllegalArgumentException if the table has no such column
     */
    public String get(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(version.table() + " has no column " + column);
        }
        return values.get(index);
    }

    /** The code: the value of the table's key column. */
    public String key() {
        return get(version.keyColumn());
    }

    /** The label, when the table has a label column. */
    public Optional<String> label() {
        return version.labelColumn().map(this::get);
    }

    /**
     * Whether this is a technical row: {@code TEC_COL} 1 ("VALEUR INCONNUE") or 2 ("SANS OBJET").
     * Keep such rows out of pick lists; accept them when decoding.
     */
    public boolean technical() {
        int index = columns.indexOf("TEC_COL");
        return index >= 0 && ("1".equals(values.get(index)) || "2".equals(values.get(index)));
    }

    /** Whether the row is in force on {@code day} according to its own dates. */
    public boolean inForceOn(LocalDate day) {
        return validFrom.map(from -> !day.isBefore(from)).orElse(true) && validTo.map(to -> !day.isAfter(to)).orElse(true);
    }
}
