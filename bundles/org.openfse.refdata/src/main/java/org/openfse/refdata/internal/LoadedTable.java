package org.openfse.refdata.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openfse.refdata.ReferenceRow;
import org.openfse.refdata.TableVersion;

/**
 * The rows of one table version, read once, indexed by key. When the table dates the start of its
 * rows but not their end (IR_LPP_V), a row ends the day before the next row of the same key starts.
 */
final class LoadedTable {

    private final TableVersion version;
    private final List<String> columns;
    private final List<ReferenceRow> rows;
    private final Map<String, List<ReferenceRow>> byKey;

    private LoadedTable(TableVersion version, List<String> columns, List<ReferenceRow> rows) {
        this.version = version;
        this.columns = columns;
        this.rows = rows;
        Map<String, List<ReferenceRow>> index = new HashMap<>();
        for (ReferenceRow row : rows) {
            index.computeIfAbsent(row.key(), key -> new ArrayList<>(1)).add(row);
        }
        index.replaceAll((key, list) -> List.copyOf(list));
        this.byKey = index;
    }

    /** Reads the version's file through {@code loader}. */
    static LoadedTable load(ClassLoader loader, CatalogEntry entry) {
        String path = Catalog.FOLDER + entry.version().path();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("reference table file " + path + " is missing from the bundle");
            }
            return read(in, entry, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table file " + path, e);
        }
    }

    static LoadedTable read(InputStream in, CatalogEntry entry, String path) throws IOException {
        TableVersion version = entry.version();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new IllegalStateException(path + " is empty");
        }
        List<String> columns = List.copyOf(CsvLine.split(headerLine));
        for (String needed : needed(entry)) {
            if (!columns.contains(needed)) {
                throw new IllegalStateException(path + " has no column " + needed + " (declared in the catalog)");
            }
        }
        Map<String, String> shared = new HashMap<>();
        List<List<String>> values = new ArrayList<>();
        int line = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            List<String> fields;
            try {
                fields = CsvLine.split(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(path + " line " + line + ": " + e.getMessage(), e);
            }
            if (fields.size() != columns.size()) {
                throw new IllegalStateException(path + " line " + line + ": " + fields.size() + " fields, "
                        + columns.size() + " columns");
            }
            fields.replaceAll(value -> shared.computeIfAbsent(value, v -> v));
            values.add(fields);
        }
        if (values.size() != version.rows()) {
            throw new IllegalStateException(path + ": " + values.size() + " data rows, the catalog says " + version.rows());
        }
        return new LoadedTable(version, columns, dated(entry, columns, values, path));
    }

    private static List<String> needed(CatalogEntry entry) {
        List<String> needed = new ArrayList<>();
        needed.add(entry.version().keyColumn());
        entry.version().labelColumn().ifPresent(needed::add);
        entry.rowFrom().ifPresent(rule -> needed.add(rule.column()));
        entry.rowTo().ifPresent(rule -> needed.add(rule.column()));
        return needed;
    }

    private static List<ReferenceRow> dated(CatalogEntry entry, List<String> columns, List<List<String>> values,
            String path) {
        int keyIndex = columns.indexOf(entry.version().keyColumn());
        List<Optional<LocalDate>> from = dates(entry.rowFrom(), columns, values, path);
        List<Optional<LocalDate>> to = dates(entry.rowTo(), columns, values, path);
        if (entry.rowFrom().isPresent() && entry.rowTo().isEmpty()) {
            Map<String, List<Integer>> byKey = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                byKey.computeIfAbsent(values.get(i).get(keyIndex), key -> new ArrayList<>()).add(i);
            }
            for (List<Integer> indexes : byKey.values()) {
                indexes.sort(Comparator.comparing(i -> from.get(i).orElse(LocalDate.MIN)));
                for (int n = 0; n + 1 < indexes.size(); n++) {
                    Optional<LocalDate> nextStart = from.get(indexes.get(n + 1));
                    to.set(indexes.get(n), nextStart.map(day -> day.minusDays(1)));
                }
            }
        }
        List<ReferenceRow> rows = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            rows.add(new ReferenceRow(entry.version(), i + 2, columns, values.get(i), from.get(i), to.get(i)));
        }
        return List.copyOf(rows);
    }

    private static List<Optional<LocalDate>> dates(Optional<DateRule> rule, List<String> columns,
            List<List<String>> values, String path) {
        List<Optional<LocalDate>> dates = new ArrayList<>(values.size());
        int index = rule.map(r -> columns.indexOf(r.column())).orElse(-1);
        for (int i = 0; i < values.size(); i++) {
            if (index < 0) {
                dates.add(Optional.empty());
                continue;
            }
            try {
                dates.add(rule.get().read(values.get(i).get(index)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(path + " line " + (i + 2) + ": " + e.getMessage(), e);
            }
        }
        return dates;
    }

    TableVersion version() {
        return version;
    }

    List<String> columns() {
        return columns;
    }

    /** Every row, in file order. */
    List<ReferenceRow> rows() {
        return rows;
    }

    /** The rows of a key, in file order. */
    List<ReferenceRow> rows(String key) {
        return byKey.getOrDefault(key, List.of());
    }
}
