package org.openfse.model.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a birth date as the Vitale card writes it, {@code YYYYMMDD}.
 *
 * <p>Lunar birth dates are kept as the card writes them: when the month is above 12 or the day
 * above 31 (beyond calendar values), the date is accepted as it is. Otherwise the date must exist
 * in the calendar: {@code 20240231} is refused ("Date impossible : 31/02/2024"), and so are a day
 * or month {@code 00}. This reading of "lunar" follows the card data of {@code core.card.Beneficiary}
 * ("day or month above calendar values"); it is not taken from a published SESAM-Vitale rule.
 */
public final class BirthDateValidator {

    private static final Pattern DIGITS = Pattern.compile("\\d{8}");

    private BirthDateValidator() {
    }

    /**
     * @return empty when acceptable; otherwise {@code birthdate.format} or {@code date.impossible}
     *         (argument: the date as DD/MM/YYYY)
     */
    public static Optional<Problem> check(String yyyymmdd) {
        if (yyyymmdd == null || !DIGITS.matcher(yyyymmdd).matches()) {
            return Optional.of(Problem.error("birthdate.format", yyyymmdd == null ? "" : yyyymmdd));
        }
        if (isLunar(yyyymmdd) || toCalendarDate(yyyymmdd).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Problem.error("date.impossible", display(yyyymmdd)));
    }

    /** Whether an 8-digit card date is lunar: month above 12 or day above 31. */
    public static boolean isLunar(String yyyymmdd) {
        if (yyyymmdd == null || !DIGITS.matcher(yyyymmdd).matches()) {
            return false;
        }
        int month = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        return month > 12 || day > 31;
    }

    /** The calendar date, when the card date is one (empty for a lunar or impossible date). */
    public static Optional<LocalDate> toCalendarDate(String yyyymmdd) {
        if (yyyymmdd == null || !DIGITS.matcher(yyyymmdd).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 20240231} as {@code 31/02/2024}. */
    static String display(String yyyymmdd) {
        return yyyymmdd.substring(6, 8) + "/" + yyyymmdd.substring(4, 6) + "/" + yyyymmdd.substring(0, 4);
    }
}
