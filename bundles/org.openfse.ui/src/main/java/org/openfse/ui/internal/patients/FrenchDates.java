package org.openfse.ui.internal.patients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the user types them in French screens (seed 004, "Saisie des dates"): {@code JJ/MM/AAAA}
 * or {@code JJMMAAAA}; a day alone means the current month; {@code 3103} means 31/03 of the current
 * year. Birth dates keep the card form {@code AAAAMMJJ}, lunar dates included (checked afterwards
 * by the model's {@code BirthDateValidator}).
 */
public final class FrenchDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,8}");

    private FrenchDates() {
    }

    /**
     * A day typed by the user.
     *
     * @return empty for a blank text
     * @throws IllegalArgumentException with the French message when the text is not a date
     */
    public static Optional<LocalDate> day(String typed, LocalDate today) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int[] dmy = parts(text, today);
        try {
            return Optional.of(LocalDate.of(dmy[2], dmy[1], dmy[0]));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Texts.get("date.impossible", String.format("%02d/%02d/%04d", dmy[0], dmy[1], dmy[2])));
        }
    }

    /**
     * A birth date typed by the user, as the card writes it ({@code AAAAMMJJ}), without any calendar
     * check: lunar dates (month above 12, day above 31) stay as they are.
     *
     * @return {@code null} for a blank text
     * @throws IllegalArgumentException with the French message when the text is not a date
     */
    public static String birthDate(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher slashed = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})").matcher(text);
        if (slashed.matches()) {
            return slashed.group(3) + slashed.group(2) + slashed.group(1);
        }
        if (text.matches("\\d{8}")) {
            return text.substring(4, 8) + text.substring(2, 4) + text.substring(0, 2);
        }
        throw new IllegalArgumentException(Texts.get("date.format", text));
    }

    /** {@code AAAAMMJJ} as {@code JJ/MM/AAAA}; other texts unchanged, {@code null} as empty. */
    public static String showBirthDate(String yyyymmdd) {
        if (yyyymmdd == null) {
            return "";
        }
        return yyyymmdd.matches("\\d{8}") ? yyyymmdd.substring(6, 8) + "/" + yyyymmdd.substring(4, 6) + "/" + yyyymmdd.substring(0, 4)
                : yyyymmdd;
    }

    /** {@code JJ/MM/AAAA}, or empty for {@code null}. */
    public static String show(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static int[] parts(String text, LocalDate today) {
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.matches()) {
            int year = slashed.group(3) == null ? today.getYear() : year(slashed.group(3), today);
            return new int[] {Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2)), year};
        }
        if (DIGITS.matcher(text).matches()) {
            switch (text.length()) {
                case 1, 2:
                    return new int[] {Integer.parseInt(text), today.getMonthValue(), today.getYear()};
                case 4:
                    return new int[] {Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(2)), today.getYear()};
                case 6:
                    return new int[] {Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(2, 4)),
                        year(text.substring(4), today)};
                case 8:
                    return new int[] {Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(2, 4)),
                        Integer.parseInt(text.substring(4))};
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(Texts.get("date.format", text));
    }

    /** Two-digit years are in the current century. */
    private static int year(String digits, LocalDate today) {
        return digits.length() == 4 ? Integer.parseInt(digits) : today.getYear() / 100 * 100 + Integer.parseInt(digits);
    }
}
