package org.openfse.noemie.internal;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entity types a reader knows, with the fixed length of each one (its {@code @} terminator
 * included). Only entities of the data stream are listed: the header {@code 000} and the trailer
 * {@code 999} are whole physical records, not entities of the stream.
 */
final class EntityCatalogue {

    /**
     * NOEMIE-PS.md section 2, "Entity catalogue at a glance" (layouts of the sesamviewer tables,
     * 2007): type code, then length. Kept as data so that a newer layout is one line to change.
     */
    private static final String[][] NOEMIE_PS_TABLE = {
        {"020", "21"}, {"040", "21"}, {"070", "12"}, {"071", "86"}, {"080", "15"}, {"081", "22"},
        {"100", "15"}, {"102", "40"}, {"103", "152"}, {"110", "88"}, {"120", "57"}, {"150", "8"},
        {"160", "23"}, {"198", "24"}, {"199", "49"}, {"210", "118"}, {"250", "47"}, {"261", "19"},
        {"262", "134"}, {"290", "98"}, {"294", "153"}, {"295", "135"}, {"990", "43"},
    };

    private static final EntityCatalogue NOEMIE_PS = fromTable(NOEMIE_PS_TABLE);

    private final Map<String, Integer> lengths;

    EntityCatalogue(Map<String, Integer> lengths) {
        Objects.requireNonNull(lengths, "lengths");
        lengths.forEach((type, length) -> {
            if (type == null || !type.matches("\\d{3}")) {
                throw new IllegalArgumentException("entity type must be 3 digits: " + type);
            }
            if (length == null || length < 4) {
                throw new IllegalArgumentException("entity " + type + " too short: " + length);
            }
        });
        this.lengths = Map.copyOf(lengths);
    }

    /** The catalogue of NOEMIE-PS.md section 2. */
    static EntityCatalogue noemiePs() {
        return NOEMIE_PS;
    }

    private static EntityCatalogue fromTable(String[][] table) {
        Map<String, Integer> lengths = new TreeMap<>();
        for (String[] row : table) {
            if (lengths.put(row[0], Integer.valueOf(row[1])) != null) {
                throw new IllegalStateException("entity type listed twice: " + row[0]);
            }
        }
        return new EntityCatalogue(lengths);
    }

    /** Length of an entity of this type, {@code @} included, or empty when the type is unknown. */
    OptionalInt length(String type) {
        Integer length = lengths.get(type);
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** Every known type code. */
    Set<String> types() {
        return lengths.keySet();
    }

    /** Length of the longest known entity. */
    int longest() {
        return lengths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
