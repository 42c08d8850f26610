package org.openfse.tariff.cli.internal.json;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java values as JSON (RFC 8259): {@code Map<String, ?>} (members in the map's
 * order), {@code List<?>}, {@code String}, {@code Boolean}, {@code Integer}, {@code Long},
 * {@code BigDecimal} (plain notation), {@code null} or {@link JsonNull#NULL}. Strings escape
 * {@code "}, {@code \} and the control characters; everything else is written as is (UTF-8 is
 * the caller's encoding). Either compact (one line) or indented by two spaces.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** The value as compact JSON, on one line. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, false, 0);
        return out.toString();
    }

    /** The value as JSON indented by two spaces, without a final line break. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder(512);
        write(value, out, true, 0);
        return out.toString();
    }

    /**
     * Appends the value to {@code out}.
     *
     * @throws IllegalArgumentException for a value of another type, or a map key that is not a string
     */
    public static void write(Object value, StringBuilder out, boolean pretty, int level) {
        if (value == null || value == JsonNull.NULL) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, pretty, level);
        } else if (value instanceof List<?> list) {
            array(list, out, pretty, level);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, boolean pretty, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            if (!(entry.getKey() instanceof String name)) {
                throw new IllegalArgumentException("JSON member names are strings: " + entry.getKey());
            }
            newLine(out, pretty, level + 1);
            string(name, out);
            out.append(pretty ? ": " : ":");
            write(entry.getValue(), out, pretty, level + 1);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        newLine(out, pretty, level);
        out.append('}');
    }

    private static void array(List<?> list, StringBuilder out, boolean pretty, int level) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newLine(out, pretty, level + 1);
            write(list.get(i), out, pretty, level + 1);
            if (i < list.size() - 1) {
                out.append(',');
            }
        }
        newLine(out, pretty, level);
        out.append(']');
    }

    private static void newLine(StringBuilder out, boolean pretty, int level) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < level; i++) {
                out.append("  ");
            }
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
