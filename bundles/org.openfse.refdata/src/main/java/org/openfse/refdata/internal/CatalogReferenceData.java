package org.openfse.refdata.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openfse.refdata.Organisme;
import org.openfse.refdata.ReferenceData;
import org.openfse.refdata.ReferenceRow;
import org.openfse.refdata.TableVersion;
import org.osgi.service.component.annotations.Component;

/**
 * The reference tables declared in the bundle's {@code refdata/catalog.csv}, read from the bundle
 * through its class loader, each table on first use and then kept.
 */
@Component(service = ReferenceData.class)
public final class CatalogReferenceData implements ReferenceData {

    static final String ORGANISMES = "IR_ORG_V";
    static final String CAISSES = "IR_CAI_V";
    static final String REGIMES = "IR_GRG_V";
    static final String ORGANISME_TYPES = "IR_TYO_V";

    private final ClassLoader loader;
    private final List<CatalogEntry> entries;
    private final Map<TableVersion, LoadedTable> loaded = new ConcurrentHashMap<>();

    /** Reads the catalog of this bundle. */
    public CatalogReferenceData() {
        this(CatalogReferenceData.class.getClassLoader());
    }

    CatalogReferenceData(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.entries = Catalog.load(loader);
    }

    @Override
    public List<TableVersion> versions() {
        return entries.stream().map(CatalogEntry::version).toList();
    }

    @Override
    public Optional<TableVersion> versionAt(String table, LocalDate day) {
        return entryAt(table, day).map(CatalogEntry::version);
    }

    @Override
    public Optional<ReferenceRow> lookup(String table, String code, LocalDate day) {
        Objects.requireNonNull(code, "code");
        return entryAt(table, day).flatMap(entry -> table(entry).rows(code).stream()
                .filter(row -> row.inForceOn(day))
                .max(Comparator.comparing((ReferenceRow row) -> row.validFrom().orElse(LocalDate.MIN))));
    }

    @Override
    public List<ReferenceRow> find(String table, String column, String value, LocalDate day) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Optional<CatalogEntry> entry = entryAt(table, day);
        if (entry.isEmpty()) {
            return List.of();
        }
        LoadedTable loadedTable = table(entry.get());
        int index = loadedTable.columns().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(table + " has no column " + column);
        }
        return loadedTable.rows().stream()
                .filter(row -> row.values().get(index).equals(value) && row.inForceOn(day))
                .toList();
    }

    @Override
    public Optional<Organisme> organisme(String number, LocalDate day) {
        return lookup(ORGANISMES, number, day).map(row -> organisme(row, day, new HashMap<>()));
    }

    @Override
    public List<Organisme> organismes(LocalDate day) {
        Optional<CatalogEntry> entry = entryAt(ORGANISMES, day);
        if (entry.isEmpty()) {
            return List.of();
        }
        Map<String, String> labels = new HashMap<>();
        List<Organisme> result = new ArrayList<>();
        for (ReferenceRow row : table(entry.get()).rows()) {
            if (!row.technical() && row.inForceOn(day)) {
                result.add(organisme(row, day, labels));
            }
        }
        return List.copyOf(result);
    }

    private Organisme organisme(ReferenceRow row, LocalDate day, Map<String, String> labels) {
        String regime = row.get("ORG_GRG_COD");
        String caisse = row.get("ORG_BSE_NUM");
        String type = row.get("ORG_ORG_TYP");
        return new Organisme(row.key(), regime, label(REGIMES, regime, day, labels), caisse,
                label(CAISSES, caisse, day, labels), type, label(ORGANISME_TYPES, type, day, labels),
                row.get("GEO_DPT_COD"));
    }

    private String label(String table, String code, LocalDate day, Map<String, String> cache) {
        return cache.computeIfAbsent(table + '\u0000' + code,
                key -> lookup(table, code, day).flatMap(ReferenceRow::label).orElse(""));
    }

    private Optional<CatalogEntry> entryAt(String table, LocalDate day) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(day, "day");
        CatalogEntry inForce = null;
        boolean known = false;
        for (CatalogEntry entry : entries) {
            if (entry.version().table().equals(table)) {
                known = true;
                if (entry.version().startsOnOrBefore(day)) {
                    inForce = entry; // entries are sorted by effective date
                }
            }
        }
        if (!known) {
            throw new IllegalArgumentException("unknown reference table: " + table);
        }
        return Optional.ofNullable(inForce);
    }

    private LoadedTable table(CatalogEntry entry) {
        return loaded.computeIfAbsent(entry.version(), version -> LoadedTable.load(loader, entry));
    }
}
