package org.openfse.core.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice to price.
 *
 * @param specialty the specialty whose rules apply ({@code optician}, {@code nurse}, {@code doctor})
 * @param date the day of care; prices are those in force that day
 * @param coverage the AMO situation
 * @param amc the AMC amount, when the invoice carries one
 * @param lines the lines, in the order entered (order matters: NGAP second act)
 */
public record PricingRequest(String specialty, LocalDate date, Coverage coverage, Optional<AmcRequest> amc, List<ActLine> lines) {
    public PricingRequest {
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(amc, "amc");
        lines = List.copyOf(lines);
    }
}
