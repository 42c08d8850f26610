package org.openfse.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed range of days, both ends included. An open end ({@code to} empty) means
 * "until further notice", as rights periods on a Vitale card often are.
 *
 * @param from first day, included
 * @param to last day, included, or empty when the period has no end
 */
public record Period(LocalDate from, Optional<LocalDate> to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " > " + to.get());
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, Optional.of(to));
    }

    public static Period startingOn(LocalDate from) {
        return new Period(from, Optional.empty());
    }

    /** Whether the day falls in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && to.map(end -> !day.isAfter(end)).orElse(true);
    }

    /**
     * The window of rights an ADRi query returns: one year back from the query day, that
     * day included (query on 2024-05-28 gives 2023-05-29 to 2024-05-28; seed 002).
     */
    public static Period yearBefore(LocalDate queryDay) {
        return of(queryDay.minusYears(1).plusDays(1), queryDay);
    }
}
