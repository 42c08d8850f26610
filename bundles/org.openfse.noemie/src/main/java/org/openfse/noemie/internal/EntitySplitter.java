package org.openfse.noemie.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reassembles the entity stream from the 127-byte slices of the data records and cuts it into
 * entities (NOEMIE-PS.md section 3, points 4 and 6, and section 4).
 *
 * <p>An entity ends at its {@code @} ({@code @} never appears inside a field, C1 / N-U6). Its
 * type is its first 3 characters and its length must be the catalogue length of that type.
 * A 3-digit type that is not in the catalogue is skipped up to its {@code @} with a warning
 * (N-U1); a damaged entity (type not made of digits, wrong length) is reported and reading
 * resumes just after its {@code @}. The padding spaces after the last {@code @} are dropped.
 * At most {@link #MAX_ENTITY} characters are held at a time.
 */
final class EntitySplitter {

    /** Longest run of characters held while looking for an {@code @}. */
    static final int MAX_ENTITY = 4096;

    private static final char TERMINATOR = '@';

    private final EntityCatalogue catalogue;
    private final EntityListener listener;
    private final ErrorLog errors;
    private final Map<String, Long> counts;
    /** The entity being read, one byte per character (NOEMIE-PS is printable ASCII, C1). */
    private final byte[] current = new byte[MAX_ENTITY];
    private int length;
    private Position start;
    private boolean skipping;

    EntitySplitter(EntityCatalogue catalogue, EntityListener listener, ErrorLog errors, Map<String, Long> counts) {
        this.catalogue = catalogue;
        this.listener = listener;
        this.errors = errors;
        this.counts = counts;
    }

    /** Adds the stream slice held by bytes {@code fromColumn} to 128 (1-based) of a data record. */
    void accept(PhysicalRecord record, int fromColumn) {
        byte[] bytes = record.bytes();
        int column = fromColumn;
        int end = bytes.length;
        while (column <= end) {
            if (skipping) {
                int at = indexOf(bytes, column - 1, end);
                if (at < 0) {
                    return;
                }
                skipping = false;
                column = at + 2;
                continue;
            }
            if (length == 0) {
                start = record.at(column);
            }
            int at = indexOf(bytes, column - 1, end);
            int stop = at < 0 ? end : at + 1;
            int count = stop - (column - 1);
            if (length + count > MAX_ENTITY) {
                errors.add(ErrorCode.UNTERMINATED_ENTITY, start,
                        "no '@' within " + MAX_ENTITY + " characters; skipped to the next '@'");
                length = 0;
                skipping = at < 0;
                column = stop + 1;
                continue;
            }
            System.arraycopy(bytes, column - 1, current, length, count);
            length += count;
            column = stop + 1;
            if (at >= 0) {
                complete();
            }
        }
    }

    private static int indexOf(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == TERMINATOR) {
                return i;
            }
        }
        return -1;
    }

    /** Ends the stream: what is left after the last {@code @} must be padding spaces. */
    void finish() {
        if (!skipping && !text().isBlank()) {
            String rest = text().stripTrailing();
            errors.add(ErrorCode.UNTERMINATED_ENTITY, start,
                    "data ends inside an entity: '" + abbreviate(rest) + "' has no '@'");
        }
        length = 0;
        skipping = false;
    }

    private String text() {
        return new String(current, 0, length, StandardCharsets.ISO_8859_1);
    }

    private void complete() {
        String text = text();
        length = 0;
        String type = text.length() > 3 ? text.substring(0, 3) : "";
        if (!isTypeCode(type)) {
            errors.add(ErrorCode.BAD_ENTITY_TYPE, start,
                    "entity does not start with a 3-digit type code: '" + abbreviate(text) + "'");
            return;
        }
        OptionalInt expected = catalogue.length(type);
        if (expected.isEmpty()) {
            counts.merge(type, 1L, Long::sum);
            errors.add(ErrorCode.UNKNOWN_TYPE, start,
                    "unknown entity type " + type + " of " + text.length() + " characters, skipped");
            return;
        }
        if (text.length() != expected.getAsInt()) {
            errors.add(ErrorCode.BAD_ENTITY_LENGTH, start, "entity " + type + " is " + text.length()
                    + " characters long up to its '@', expected " + expected.getAsInt());
            return;
        }
        counts.merge(type, 1L, Long::sum);
        listener.entity(new Entity(type, text, start));
    }

    private static boolean isTypeCode(String type) {
        if (type.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = type.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
