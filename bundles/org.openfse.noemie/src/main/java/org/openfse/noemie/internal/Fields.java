package org.openfse.noemie.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.openfse.core.Money;

/**
 * Decodes the fields of one entity by their 1-based positions of NOEMIE-PS.md section 7, with
 * the value encoding of section 5: numbers right-aligned and zero-filled (C1), amounts in cents
 * (C2), signs {@code P} / {@code N} (C3), dates YYMMDD (C4: years 00-79 are 20YY for processing
 * dates; birth dates take the century that keeps them in the past). Absent optional values are
 * zeros or spaces (C1): an all-space numeric field reads as 0 / no date. Reads the entity text
 * in place, without copies, so that decoding keeps up with the reader.
 */
final class Fields {

    private final Entity entity;
    private final String text;

    Fields(Entity entity) {
        this.entity = entity;
        this.text = entity.text();
    }

    Entity entity() {
        return entity;
    }

    /** Text field, trimmed of its padding spaces. */
    String text(int from, int to) {
        int start = from - 1;
        int end = to;
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    /** One character. */
    char at(int position) {
        return text.charAt(position - 1);
    }

    /** A numeric field: digits only, or all spaces (absent, read as 0). */
    long number(int from, int to, String name) throws FieldError {
        long value = 0;
        boolean blank = true;
        for (int i = from - 1; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                blank = false;
            } else if (c != ' ' || !blank) {
                throw bad(from, to, name, "is not a number");
            }
        }
        if (!blank) {
            for (int i = from - 1; i < to; i++) {
                if (text.charAt(i) == ' ') {
                    throw bad(from, to, name, "is not a number");
                }
            }
        }
        return value;
    }

    /** An amount in cents (C2), unsigned. */
    Money amount(int from, int to, String name) throws FieldError {
        return Money.ofCents(number(from, to, name));
    }

    /** An amount with its sign field at {@code signAt} (C3). */
    Money signed(int from, int to, int signAt, String name) throws FieldError {
        long cents = number(from, to, name);
        char sign = at(signAt);
        if (sign == 'N') {
            return Money.ofCents(-cents);
        }
        if (sign == 'P' || (sign == ' ' && cents == 0)) {
            return Money.ofCents(cents);
        }
        throw bad(signAt, signAt, "sign of " + name, "is neither P nor N");
    }

    /** A processing date YYMMDD (00-79 = 20YY), {@code null} when zeros or spaces. */
    LocalDate date(int from, String name) throws FieldError {
        return date(from, name, false);
    }

    /** A birth date YYMMDD, in the past, {@code null} when zeros or spaces. */
    LocalDate birthDate(int from, String name) throws FieldError {
        return date(from, name, true);
    }

    private LocalDate date(int from, String name, boolean birth) throws FieldError {
        long value = number(from, from + 5, name);
        if (value == 0) {
            return null;
        }
        int yy = (int) (value / 10_000);
        int month = (int) (value / 100 % 100);
        int day = (int) (value % 100);
        int year = birth ? 2000 + yy : (yy < 80 ? 2000 + yy : 1900 + yy);
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (birth && date.isAfter(LocalDate.now())) {
                date = date.minusYears(100);
            }
            return date;
        } catch (DateTimeException e) {
            throw bad(from, from + 5, name, "is not a date YYMMDD");
        }
    }

    private FieldError bad(int from, int to, String name, String what) {
        return new FieldError("entity " + entity.type() + " field '" + name + "' (positions " + from + "-" + to + ") '"
                + text.substring(from - 1, to) + "' " + what);
    }
}
