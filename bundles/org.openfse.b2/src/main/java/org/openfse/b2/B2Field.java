package org.openfse.b2;

import java.util.Objects;

/**
 * One field of a B2 record layout (B2.md section 5): 1-based inclusive positions, type {@code N}
 * (digits) or {@code A} (any printable character), mandatory or not, and the source's French label.
 *
 * @param name the field's key (English, camelCase), used by {@link B2Record#field(String)}
 * @param start first position, 1-based
 * @param end last position, inclusive
 * @param numeric type {@code N}
 * @param mandatory presence {@code O}
 * @param label the source label (French), used in error messages
 */
public record B2Field(String name, int start, int end, boolean numeric, boolean mandatory, String label) {

    public B2Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (start < 1 || end > B2Layout.RECORD_LENGTH || end < start) {
            throw new IllegalArgumentException(name + ": positions " + start + "-" + end);
        }
    }

    /** Width in characters. */
    public int length() {
        return end - start + 1;
    }
}
