package org.openfse.tariff.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openfse.core.Money;
import org.openfse.core.tariff.PricingException;

/**
 * Dated amounts by code, read from a file shipped in a specialty bundle; a price is looked up for
 * the day of care, never hard-coded.
 *
 * <p>File format: UTF-8 text, {@code ;}-separated, lines starting with {@code #} and blank lines
 * ignored, then a header line and one {@link TariffEntry} per line:
 * <pre>
 * code;zone;validFrom;validTo;amount;kind;source
 * AMI;metro;2012-05-27;;3.15;ACT;NGAP, tarifs conventionnels infirmiers
 * </pre>
 * Dates are ISO ({@code 2024-01-28}), {@code validTo} is the last day and stays empty while the
 * amount is in force, the amount has a dot and at most two decimals. Two periods of one code may
 * not overlap in the same zone.
 */
public final class TariffTable {

    /** The header line every file starts with. */
    public static final String HEADER = "code;zone;validFrom;validTo;amount;kind;source";

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Texts TEXTS = Texts.load(TariffTable.class, "org.openfse.tariff.internal.messages");

    private final String name;
    private final Map<String, List<TariffEntry>> byCode;

    private TariffTable(String name, Map<String, List<TariffEntry>> byCode) {
        this.name = name;
        this.byCode = byCode;
    }

    /**
     * Reads a table from a resource of the bundle that holds {@code anchor}.
     *
     * @param path the resource path from the bundle root, without a leading slash
     * @throws IllegalStateException when the resource is missing or malformed (a packaging error)
     */
    public static TariffTable load(Class<?> anchor, String path) {
        return load(anchor, path, path);
    }

    /**
     * Reads a table from a resource of the bundle that holds {@code anchor}.
     *
     * @param path the resource path from the bundle root, without a leading slash
     * @param name the table's name in messages ({@code NGAP infirmiers})
     * @throws IllegalStateException when the resource is missing or malformed (a packaging error)
     */
    public static TariffTable load(Class<?> anchor, String path, String name) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("tariff table not found in the bundle: " + path);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tariff table " + path, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Reads a table.
     *
     * @param name shown in messages (the file name)
     * @throws IllegalArgumentException naming the line at fault
     */
    public static TariffTable read(Reader reader, String name) throws IOException {
        Objects.requireNonNull(name, "name");
        Map<String, List<TariffEntry>> byCode = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!HEADER.equals(text)) {
                    throw new IllegalArgumentException(name + ":" + number + ": expected header '" + HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            TariffEntry entry = parse(text, name, number);
            List<TariffEntry> sameCode = byCode.computeIfAbsent(entry.code(), code -> new ArrayList<>());
            for (TariffEntry other : sameCode) {
                if (other.overlaps(entry)) {
                    throw new IllegalArgumentException(name + ":" + number + ": period of " + entry.code()
                            + " overlaps another one in zone " + entry.zone());
                }
            }
            sameCode.add(entry);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(name + ": empty table");
        }
        byCode.replaceAll((code, entries) -> List.copyOf(entries));
        return new TariffTable(name, Collections.unmodifiableMap(byCode));
    }

    private static TariffEntry parse(String text, String name, int number) {
        String[] cells = text.split(";", -1);
        if (cells.length != 7) {
            throw new IllegalArgumentException(name + ":" + number + ": expected 7 cells, found " + cells.length);
        }
        try {
            Optional<LocalDate> validTo = cells[3].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(cells[3].strip()));
            return new TariffEntry(cells[0].strip(), cells[1].strip(), LocalDate.parse(cells[2].strip()), validTo,
                    Money.parse(cells[4]), cells[5].strip(), cells[6].strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage(), e);
        }
    }

    /** The name given when the table was read. */
    public String name() {
        return name;
    }

    /** Every code of the table, in file order. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    /** Every entry, code by code in file order. */
    public List<TariffEntry> entries() {
        return byCode.values().stream().flatMap(List::stream).toList();
    }

    /** Whether the code appears in the table at all. */
    public boolean knows(String code) {
        return byCode.containsKey(code);
    }

    /** The entry of {@code code} in force on {@code day} in {@code zone}, if any. */
    public Optional<TariffEntry> find(String code, String zone, LocalDate day) {
        for (TariffEntry entry : byCode.getOrDefault(code, List.of())) {
            if (entry.appliesIn(zone) && entry.appliesOn(day)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * The entry of {@code code} in force on {@code day} in {@code zone}.
     *
     * @param field the request field reported when the code is refused ({@code lines[1].code})
     * @throws PricingException {@code UNKNOWN_CODE} when the table does not hold the code,
     *         {@code NO_PRICE_AT_DATE} when it holds no amount for that day and zone
     */
    public TariffEntry lookup(String code, String zone, LocalDate day, String field) throws PricingException {
        if (!knows(code)) {
            throw TEXTS.refusal(PricingException.Reason.UNKNOWN_CODE, field, "table.unknownCode", code, name);
        }
        Optional<TariffEntry> entry = find(code, zone, day);
        if (entry.isEmpty()) {
            throw TEXTS.refusal(PricingException.Reason.NO_PRICE_AT_DATE, field, "table.noPriceAtDate", code,
                    FRENCH_DATE.format(day), zone, name);
        }
        return entry.get();
    }
}
