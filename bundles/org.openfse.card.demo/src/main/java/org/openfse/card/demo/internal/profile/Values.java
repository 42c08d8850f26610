package org.openfse.card.demo.internal.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.openfse.core.Nir;
import org.openfse.core.Period;

/** Text forms of dates, periods and NIRs in the test-card records (docs/card-profile.md, "Values"). */
final class Values {

    /** End of a period that has no end. */
    static final String OPEN_END = "00000000";

    private Values() {
    }

    static String date(LocalDate day) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static LocalDate date(String text, String what) {
        if (text.length() != 8) {
            throw new IllegalArgumentException(what + ": a date has 8 digits YYYYMMDD, got '" + text + "'");
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + ": not a calendar date: '" + text + "'", e);
        }
    }

    /** 16 digits: first day, then last day or {@value #OPEN_END}. */
    static String period(Period period) {
        return date(period.from()) + period.to().map(Values::date).orElse(OPEN_END);
    }

    static Period period(String text, String what) {
        if (text.length() != 16) {
            throw new IllegalArgumentException(what + ": a period has 16 digits, got '" + text + "'");
        }
        LocalDate from = date(text.substring(0, 8), what);
        String end = text.substring(8);
        return OPEN_END.equals(end) ? Period.startingOn(from) : Period.of(from, date(end, what));
    }

    static Optional<Period> optionalPeriod(Optional<String> text, String what) {
        return text.map(t -> period(t, what));
    }

    /** 15 characters: the 13 of the body and the 2-digit key. */
    static String nir(Nir nir) {
        return nir.toString();
    }

    static Nir nir(String text, String what) {
        try {
            return Nir.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": not a valid NIR (" + e.getMessage() + "): '" + text + "'", e);
        }
    }

    static String digits(String text, int length, String what) {
        if (text.length() != length || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(what + ": expected " + length + " digits, got '" + text + "'");
        }
        return text;
    }

    static boolean flag(String text, String what) {
        return switch (text) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException(what + ": expected 0 or 1, got '" + text + "'");
        };
    }

    static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
