package org.openfse.b2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a B2 file as read: its number in the file, its kind, its 128 characters and, for
 * the kinds of {@link B2Layouts}, its fields.
 */
public final class B2Record {

    private final long number;
    private final String kind;
    private final String raw;
    private final B2Layout layout;

    B2Record(long number, String kind, String raw, B2Layout layout) {
        this.number = number;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.raw = Objects.requireNonNull(raw, "raw");
        this.layout = layout;
    }

    /** Position of the record in the file, counted from 1. */
    public long number() {
        return number;
    }

    /**
     * The kind: {@code 000}, {@code 1}, {@code 2}, {@code 4}, {@code 5}, {@code 6}, {@code 999}, or
     * for the records kept raw {@code 2S}, {@code 2M}, {@code 2P}, {@code 2B}, {@code 2C}, {@code 3},
     * {@code 3S}, {@code 3F}, {@code 3H}, {@code 4S}, {@code 4B}, {@code 4C}, {@code 4D}, {@code 4F},
     * {@code 4H}, {@code 4M}, {@code 4T}, {@code 4U}, and {@code 2 CP}, {@code 4 CP}, {@code 5 CP} in a
     * file whose header norm is {@code CP  }.
     */
    public String kind() {
        return kind;
    }

    /** The 128 characters. */
    public String raw() {
        return raw;
    }

    /** The layout, empty for a record kept raw. */
    public Optional<B2Layout> layout() {
        return Optional.ofNullable(layout);
    }

    /**
     * The text of a field, without the padding: leading zeros stay for numeric fields, trailing
     * spaces of alphanumeric fields are removed, a numeric field of spaces reads as {@code ""}.
     *
     * @throws IllegalArgumentException when the record has no such field
     */
    public String field(String name) {
        if (layout == null) {
            throw new IllegalArgumentException("record " + number + " (" + kind + ") is not read field by field");
        }
        return text(layout.field(name));
    }

    /** The value of a numeric field as a number, 0 when absent (spaces). */
    public long number(String name) {
        String text = field(name);
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    /** Every field by name, fillers excluded, in position order. */
    public Map<String, String> fields() {
        if (layout == null) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (B2Field field : layout.fields()) {
            if (!field.name().startsWith("filler")) {
                fields.put(field.name(), text(field));
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    private String text(B2Field field) {
        String value = raw.substring(field.start() - 1, field.end());
        if (field.numeric()) {
            return value.isBlank() ? "" : value;
        }
        return value.stripTrailing();
    }

    @Override
    public String toString() {
        return number + ":" + kind + ":" + raw;
    }
}
