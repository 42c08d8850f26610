package org.openfse.b2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The layout of one B2 record kind: its fields in order. The fields of a layout cover positions 1
 * to 128 without gap or overlap (checked at construction).
 */
public final class B2Layout {

    /** Every record is 128 characters long (B2.md section 2, file header positions 83-85). */
    public static final int RECORD_LENGTH = 128;

    private final String kind;
    private final String title;
    private final List<B2Field> fields;
    private final Map<String, B2Field> byName = new LinkedHashMap<>();

    B2Layout(String kind, String title, List<B2Field> fields) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.fields = List.copyOf(fields);
        int next = 1;
        for (B2Field field : this.fields) {
            if (field.start() != next) {
                throw new IllegalArgumentException(kind + "." + field.name() + " starts at " + field.start() + ", expected " + next);
            }
            if (byName.put(field.name(), field) != null) {
                throw new IllegalArgumentException(kind + ": field " + field.name() + " twice");
            }
            next = field.end() + 1;
        }
        if (next != RECORD_LENGTH + 1) {
            throw new IllegalArgumentException(kind + " ends at " + (next - 1));
        }
    }

    /** The record kind: {@code 000}, {@code 1}, {@code 2}, {@code 4}, {@code 5}, {@code 6}, {@code 999}. */
    public String kind() {
        return kind;
    }

    /** The French title of the record (B2.md section 5). */
    public String title() {
        return title;
    }

    /** The fields, in position order. */
    public List<B2Field> fields() {
        return fields;
    }

    /**
     * The field called {@code name}.
     *
     * @throws IllegalArgumentException when the layout has no such field
     */
    public B2Field field(String name) {
        B2Field field = byName.get(name);
        if (field == null) {
            throw new IllegalArgumentException("record " + kind + " has no field " + name);
        }
        return field;
    }
}
