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
import java.util.List;
import java.util.Optional;
import org.openfse.refdata.TableVersion;

/**
 * Reads {@code refdata/catalog.csv}: one line per table version, {@code #} comments, a header line.
 * Columns: table, version, effective_from, upstream_date, path, git_blob, bytes, rows, key, label,
 * row_from, row_to, licence, upstream.
 */
final class Catalog {

    static final String PATH = "refdata/catalog.csv";
    static final String FOLDER = "refdata/";

    private static final String HEADER =
            "table;version;effective_from;upstream_date;path;git_blob;bytes;rows;key;label;row_from;row_to;licence;upstream";

    private Catalog() {
    }

    /** Reads the catalog through {@code loader} (the bundle's class loader in OSGi). */
    static List<CatalogEntry> load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("reference data catalog " + PATH + " is missing from the bundle");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data catalog " + PATH, e);
        }
    }

    static List<CatalogEntry> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<CatalogEntry> entries = new ArrayList<>();
        boolean header = false;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!HEADER.equals(line)) {
                    throw new IllegalStateException(PATH + " line " + number + ": expected header " + HEADER);
                }
                header = true;
                continue;
            }
            List<String> f = CsvLine.split(line);
            if (f.size() != 14) {
                throw new IllegalStateException(PATH + " line " + number + ": 14 fields expected, " + f.size() + " found");
            }
            try {
                TableVersion version = new TableVersion(f.get(0), f.get(1),
                        f.get(2).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f.get(2))),
                        LocalDate.parse(f.get(3)), f.get(4), f.get(5), Long.parseLong(f.get(6)), Long.parseLong(f.get(7)),
                        f.get(8),
                        f.get(9).isEmpty() ? Optional.empty() : Optional.of(f.get(9)), f.get(12), f.get(13));
                entries.add(new CatalogEntry(version, DateRule.parse(f.get(10)), DateRule.parse(f.get(11))));
            } catch (RuntimeException e) {
                throw new IllegalStateException(PATH + " line " + number + ": " + e.getMessage(), e);
            }
        }
        entries.sort(Comparator.comparing((CatalogEntry e) -> e.version().table())
                .thenComparing(e -> e.version().effectiveFrom().orElse(LocalDate.MIN)));
        return List.copyOf(entries);
    }
}
