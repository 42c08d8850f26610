package org.openfse.specialty.optician.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The optical codes of the 2020 reform ({@code optics-codes.csv}: {@code code;class;item}), so
 * that a known code without a tariff is told apart from a code that is not an optical code.
 */
final class OpticalCodes {

    /** One optical code. */
    record OpticalCode(String code, String equipmentClass, String item) {
    }

    private static final String HEADER = "code;class;item";

    private final Map<String, OpticalCode> byCode;

    private OpticalCodes(Map<String, OpticalCode> byCode) {
        this.byCode = byCode;
    }

    /** @throws IllegalStateException when the resource is missing or malformed */
    static OpticalCodes load(Class<?> anchor, String path) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("optical codes not found in the bundle: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, OpticalCode> byCode = new LinkedHashMap<>();
            boolean headerSeen = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!HEADER.equals(text)) {
                        throw new IllegalStateException(path + ": expected header " + HEADER);
                    }
                    headerSeen = true;
                    continue;
                }
                String[] cells = text.split(";", -1);
                if (cells.length != 3 || byCode.containsKey(cells[0])) {
                    throw new IllegalStateException(path + ": bad or repeated line '" + text + "'");
                }
                byCode.put(cells[0], new OpticalCode(cells[0], cells[1], cells[2]));
            }
            return new OpticalCodes(Collections.unmodifiableMap(byCode));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    Optional<OpticalCode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
