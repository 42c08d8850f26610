package org.openfse.b2;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Fills one 128-byte record of a layout with the encodings of B2.md section 4: numbers
 * right-aligned and zero-filled, text left-aligned, space-filled, upper-case printable ASCII
 * without accents, dates YYMMDD, amounts in cents. Values that do not fit are refused with a
 * French message (no silent truncation, except for the free texts the caller asks to cut).
 */
final class RecordBuilder {

    final byte[] bytes = new byte[B2Layout.RECORD_LENGTH];
    private final byte[] blank = new byte[B2Layout.RECORD_LENGTH];
    private final B2Layout layout;

    /** The blank record: absent values are zeros in numeric fields, spaces elsewhere (B2.md U5). */
    RecordBuilder(B2Layout layout) {
        this.layout = layout;
        Arrays.fill(blank, (byte) ' ');
        for (B2Field field : layout.fields()) {
            if (field.numeric()) {
                Arrays.fill(blank, field.start() - 1, field.end(), (byte) '0');
            }
        }
    }

    RecordBuilder reset() {
        System.arraycopy(blank, 0, bytes, 0, bytes.length);
        return this;
    }

    /** A numeric field from a non-negative number. */
    RecordBuilder number(String name, long value) {
        B2Field field = layout.field(name);
        if (value < 0) {
            throw new IllegalArgumentException(Messages.format("write.negative", field.label(), value));
        }
        int pos = field.end() - 1;
        long rest = value;
        for (int i = 0; i < field.length(); i++) {
            bytes[pos - i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        if (rest != 0) {
            throw new IllegalArgumentException(Messages.format("write.tooLong", field.label(), field.length(), value));
        }
        return this;
    }

    /** A numeric field from digits (right-aligned, zero-filled; {@code ""} gives zeros). */
    RecordBuilder digits(String name, String value) {
        B2Field field = layout.field(name);
        int length = value.length();
        if (length > field.length()) {
            throw new IllegalArgumentException(Messages.format("write.tooLong", field.label(), field.length(), value));
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(Messages.format("write.notNumeric", field.label(), value));
            }
        }
        int start = field.start() - 1;
        int pad = field.length() - length;
        for (int i = 0; i < pad; i++) {
            bytes[start + i] = '0';
        }
        for (int i = 0; i < length; i++) {
            bytes[start + pad + i] = (byte) value.charAt(i);
        }
        return this;
    }

    /** An amount in cents. */
    RecordBuilder amount(String name, org.openfse.core.Money money) {
        return number(name, money.cents());
    }

    /** A date as YYMMDD; {@code null} gives zeros (absent). */
    RecordBuilder date(String name, LocalDate date) {
        if (date == null) {
            return number(name, 0);
        }
        return number(name, (date.getYear() % 100) * 10000L + date.getMonthValue() * 100L + date.getDayOfMonth());
    }

    /** A text field; refused when longer than the field. */
    RecordBuilder text(String name, String value) {
        return text(name, value, false);
    }

    /** A text field cut at the field's width. */
    RecordBuilder cut(String name, String value) {
        return text(name, value, true);
    }

    RecordBuilder character(String name, char value) {
        return text(name, String.valueOf(value), false);
    }

    private RecordBuilder text(String name, String value, boolean cut) {
        B2Field field = layout.field(name);
        String ascii = ascii(value);
        if (ascii.length() > field.length()) {
            if (!cut) {
                throw new IllegalArgumentException(Messages.format("write.tooLong", field.label(), field.length(), value));
            }
            ascii = ascii.substring(0, field.length());
        }
        int start = field.start() - 1;
        for (int i = 0; i < ascii.length(); i++) {
            bytes[start + i] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /** Upper case, accents removed, anything outside printable ASCII replaced by a space (U6). */
    static String ascii(String value) {
        boolean plain = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || (c >= 'a' && c <= 'z')) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return value;
        }
        String stripped = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae").replace("ß", "SS")
                .toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            out.append(c < 0x20 || c > 0x7e ? ' ' : c);
        }
        return out.toString();
    }
}
