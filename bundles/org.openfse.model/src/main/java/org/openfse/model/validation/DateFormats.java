package org.openfse.model.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as French screens show them. */
final class DateFormats {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DateFormats() {
    }

    /** {@code 2024-05-28} as {@code 28/05/2024}. */
    static String french(LocalDate date) {
        return FRENCH.format(date);
    }
}
