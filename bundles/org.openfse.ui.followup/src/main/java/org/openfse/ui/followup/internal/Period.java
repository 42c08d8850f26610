package org.openfse.ui.followup.internal;

import java.time.LocalDate;

/**
 * The period a follow-up list covers (both days included), and its filters. {@code psNumber} and
 * {@code organisme} are optional ({@code null} or blank: all).
 */
public record Period(LocalDate from, LocalDate to, String psNumber, String organisme) {

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("bad period " + from + " .. " + to);
        }
        psNumber = psNumber == null || psNumber.isBlank() ? null : psNumber.strip();
        organisme = organisme == null || organisme.isBlank() ? null : organisme.strip();
    }

    /** The last three months up to today, every PS, every organisme. */
    public static Period lastMonths(LocalDate today, int months) {
        return new Period(today.minusMonths(months), today, null, null);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the organisme filter matches one of the texts (contains, spaces ignored). */
    public boolean organismeMatches(String... texts) {
        if (organisme == null) {
            return true;
        }
        String wanted = organisme.replace(" ", "");
        for (String text : texts) {
            if (text != null && text.replace(" ", "").contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
