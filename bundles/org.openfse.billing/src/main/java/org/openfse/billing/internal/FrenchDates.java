package org.openfse.billing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as French users read them: {@code 28/05/2024}. */
final class FrenchDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private FrenchDates() {
    }

    static String format(LocalDate day) {
        return FORMAT.format(day);
    }
}
