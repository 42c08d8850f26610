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
 * @param amc what the complementary insurer pays, when the invoice carries it
 * @param lines the lines, in the order entered (order matters: NGAP second act)
 * @param renewal the optical renewal indicator (RI/RA), for optical invoices made on the
 *        optician's renewal of a prescription; other specialties ignore it
 */
public record PricingRequest(String specialty, LocalDate date, Coverage coverage, Optional<AmcRequest> amc, List<ActLine> lines,
        Optional<RenewalIndicator> renewal) {
    public PricingRequest {
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(amc, "amc");
        Objects.requireNonNull(renewal, "renewal");
        lines = List.copyOf(lines);
    }

    /** A request without renewal indicator. */
    public PricingRequest(String specialty, LocalDate date, Coverage coverage, Optional<AmcRequest> amc, List<ActLine> lines) {
        this(specialty, date, coverage, amc, lines, Optional.empty());
    }
}
