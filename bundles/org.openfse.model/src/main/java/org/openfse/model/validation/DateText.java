package org.openfse.model.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date typed by the user, {@code DD/MM/YYYY} (as French screens show dates).
 * Impossible dates are refused, never adjusted: {@code 31/02/2024} gives "Date impossible :
 * 31/02/2024", not the 29th. Shortcuts such as "day only" belong to the date widget, which
 * completes the text before it comes here.
 */
public final class DateText {

    private static final Pattern FORM = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private DateText() {
    }

    /** @return the date, or {@code date.format} / {@code date.impossible} */
    public static Checked<LocalDate> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher matcher = FORM.matcher(trimmed);
        if (!matcher.matches()) {
            return Checked.refused(Problem.error("date.format", trimmed));
        }
        try {
            return Checked.ok(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException e) {
            return Checked.refused(Problem.error("date.impossible", trimmed));
        }
    }
}
