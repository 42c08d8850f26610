package org.openfse.refdata.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a table dates its rows, as declared in the catalog: {@code sas:COLUMN} (a SAS date such as
 * {@code 01JAN2020:00:00:00}) or {@code closed:COLUMN} (a free-text remark such as
 * {@code fermé le 31/12/2019}; other remarks carry no date).
 *
 * @param kind how the column is read
 * @param column the column that holds the date
 */
record DateRule(Kind kind, String column) {

    enum Kind { SAS, CLOSED }

    private static final DateTimeFormatter SAS = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("ddMMMuuuu").toFormatter(Locale.ENGLISH);
    private static final Pattern CLOSED = Pattern.compile("ferm[eé]\\s*le\\s*(\\d{2})/(\\d{2})/(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    DateRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(column, "column");
    }

    /** Parses {@code sas:COLUMN} or {@code closed:COLUMN}; empty text means no rule. */
    static Optional<DateRule> parse(String spec) {
        if (spec.isBlank()) {
            return Optional.empty();
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("date rule without kind: '" + spec + "'");
        }
        Kind kind = Kind.valueOf(spec.substring(0, colon).toUpperCase(Locale.ROOT));
        return Optional.of(new DateRule(kind, spec.substring(colon + 1)));
    }

    /**
     * The date in {@code value}.
     *
     * @throws IllegalArgumentException if a SAS cell is neither empty nor a SAS date
     */
    Optional<LocalDate> read(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        if (kind == Kind.SAS) {
            int colon = value.indexOf(':');
            String day = colon < 0 ? value : value.substring(0, colon);
            try {
                return Optional.of(LocalDate.parse(day, SAS));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a SAS date: '" + value + "'", e);
            }
        }
        Matcher matcher = CLOSED.matcher(value);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(1))));
    }
}
