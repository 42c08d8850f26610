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
import java.util.Set;

/**
 * The optical codes of the 2020 reform ({@code optics-codes.csv}: {@code code;class;item;category}),
 * so that a known code without a tariff is told apart from a code that is not an optical code,
 * with what the caps of responsible contracts need: the item and the lens category.
 */
final class OpticalCodes {

    /** What an optical code bills. */
    enum Item {
        FRAME, LENS, SUPPLEMENT, SERVICE, ADAPTATION
    }

    /**
     * One optical code.
     *
     * @param equipmentClass {@code A}, {@code B} or {@code AB}
     * @param category the lens category of art. R871-2 CSS ({@code a}, {@code c}, {@code f}), {@code -} for other items
     */
    record OpticalCode(String code, String equipmentClass, Item item, String category) {
        /** Whether the code is of class B only (free price). */
        boolean classB() {
            return "B".equals(equipmentClass);
        }

        /** Whether the code is of class A only (100 % Santé). */
        boolean classA() {
            return "A".equals(equipmentClass);
        }
    }

    private static final String HEADER = "code;class;item;category";
    private static final Set<String> CLASSES = Set.of("A", "B", "AB");
    private static final Set<String> CATEGORIES = Set.of("a", "c", "f");

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
                if (cells.length != 4 || byCode.containsKey(cells[0]) || !CLASSES.contains(cells[1])) {
                    throw new IllegalStateException(path + ": bad or repeated line '" + text + "'");
                }
                Item item = Item.valueOf(cells[2]);
                boolean lens = item == Item.LENS;
                if (lens != CATEGORIES.contains(cells[3]) || !lens && !"-".equals(cells[3])) {
                    throw new IllegalStateException(path + ": a lens needs a category a, c or f, other items '-': '" + text + "'");
                }
                byCode.put(cells[0], new OpticalCode(cells[0], cells[1], item, cells[3]));
            }
            return new OpticalCodes(Collections.unmodifiableMap(byCode));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    Optional<OpticalCode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
