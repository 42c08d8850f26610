package org.openfse.simulator.internal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A fixed-length NOEMIE-PS area filled field by field at 1-based positions (NOEMIE-PS.md
 * section 1), with the value encoding of section 5: numbers right-aligned and zero-filled (C1),
 * text left-aligned and space-filled (C1), dates YYMMDD (C4), signs {@code P} / {@code N} (C3).
 */
final class FixedFields {

    private final char[] chars;

    FixedFields(int length) {
        chars = new char[length];
        Arrays.fill(chars, ' ');
    }

    /** Text at positions {@code start}..{@code end}, left-aligned. */
    FixedFields text(int start, int end, String value) {
        int width = end - start + 1;
        if (value.length() > width) {
            throw new IllegalArgumentException("'" + value + "' does not fit positions " + start + "-" + end);
        }
        value.getChars(0, value.length(), chars, start - 1);
        return this;
    }

    /** A non-negative number at positions {@code start}..{@code end}, right-aligned, zero-filled. */
    FixedFields number(int start, int end, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative number for positions " + start + "-" + end + ": " + value);
        }
        String digits = Long.toString(value);
        int width = end - start + 1;
        if (digits.length() > width) {
            throw new IllegalArgumentException(value + " does not fit positions " + start + "-" + end);
        }
        return text(start, end, "0".repeat(width - digits.length()) + digits);
    }

    /** A date YYMMDD at positions {@code start}..{@code start + 5}. */
    FixedFields date(int start, LocalDate date) {
        return number(start, start + 5,
                (date.getYear() % 100) * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth());
    }

    /** The sign of an amount: {@code N} when negative, else {@code P}. */
    FixedFields sign(int position, long cents) {
        return text(position, position, cents < 0 ? "N" : "P");
    }

    @Override
    public String toString() {
        return new String(chars);
    }
}
