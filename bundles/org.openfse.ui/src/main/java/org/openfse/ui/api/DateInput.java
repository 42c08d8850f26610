package org.openfse.ui.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openfse.ui.internal.Messages;

/**
 * The date entry rules of every date field (seed 004, "Saisir une date"; DOMAIN.md "Everyday
 * ergonomics"), without any widget so that they can be tested alone:
 * <ul>
 * <li>the day only ({@code 7}, {@code 07}): that day of the current month and year;</li>
 * <li>day and month without separator ({@code 3103}) or with one ({@code 31/03}): that day of the
 * current year;</li>
 * <li>day, month and a two-digit year ({@code 310324}, {@code 31/03/24}): the year in the century
 * that puts it at most ten years after today ({@code 55} is 1955 for a birth date);</li>
 * <li>a full date ({@code 31032024}, {@code 31/03/2024}); separators {@code /}, {@code .},
 * {@code -} or a space;</li>
 * <li>nothing: no date ("Vide").</li>
 * </ul>
 * A date that does not exist (31/02) or text that is not a date is refused with a French message.
 */
public final class DateInput {

    /** How dates are shown: {@code 31/03/2024}. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final Pattern DIGITS = Pattern.compile("\\d{1,2}|\\d{4}|\\d{6}|\\d{8}");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,2})[/.\\- ](\\d{1,2})(?:[/.\\- ](\\d{2}|\\d{4}))?");
    private static final int YEARS_AHEAD = 10;

    private DateInput() {
    }

    /**
     * Reads what the user typed.
     *
     * @param text the field's text
     * @param today the current day, which completes a partial date
     * @return the date, or empty when the text is blank
     * @throws InvalidDateException with a French message when the text is not a date
     */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String day;
        String month;
        String year;
        if (DIGITS.matcher(value).matches()) {
            day = value.length() <= 2 ? value : value.substring(0, 2);
            month = value.length() <= 2 ? null : value.substring(2, 4);
            year = value.length() <= 4 ? null : value.substring(4);
        } else {
            Matcher matcher = SEPARATED.matcher(value);
            if (!matcher.matches()) {
                throw new InvalidDateException(value, Messages.get("date.error.format", value));
            }
            day = matcher.group(1);
            month = matcher.group(2);
            year = matcher.group(3);
        }
        int dayNumber = Integer.parseInt(day);
        int monthNumber = month == null ? today.getMonthValue() : Integer.parseInt(month);
        int yearNumber = year == null ? today.getYear() : fullYear(year, today);
        if (monthNumber < 1 || monthNumber > 12) {
            throw new InvalidDateException(value, Messages.get("date.error.month", value, monthNumber));
        }
        try {
            return Optional.of(LocalDate.of(yearNumber, monthNumber, dayNumber));
        } catch (DateTimeException e) {
            throw new InvalidDateException(value, Messages.get("date.error.day", value, dayNumber,
                    String.format("%02d/%d", monthNumber, yearNumber)));
        }
    }

    /** The text shown for a date: {@code 31/03/2024}, or nothing. */
    public static String format(Optional<LocalDate> date) {
        return date.map(FORMAT::format).orElse("");
    }

    private static int fullYear(String year, LocalDate today) {
        int value = Integer.parseInt(year);
        if (year.length() == 4) {
            return value;
        }
        int century = today.getYear() / 100 * 100;
        int candidate = century + value;
        return candidate > today.getYear() + YEARS_AHEAD ? candidate - 100 : candidate;
    }

    /** Text that is not a date; the message is French, for the user. */
    public static final class InvalidDateException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String input;

        public InvalidDateException(String input, String message) {
            super(message);
            this.input = input;
        }

        /** What the user typed. */
        public String input() {
            return input;
        }
    }
}
