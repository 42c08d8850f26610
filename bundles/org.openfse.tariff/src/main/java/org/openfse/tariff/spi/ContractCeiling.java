package org.openfse.tariff.spi;

import java.util.List;
import java.util.Objects;
import org.openfse.core.Money;

/**
 * A cap of a contrat responsable over some lines of an invoice: the AMO and AMC parts of those
 * lines together may not exceed {@link #maximum()} (art. R871-2 CSS as amended by décret
 * n° 2019-21: the optical caps include the AMO part). The engine lowers the AMC part of the lines,
 * pro rata to their AMC shares, until the cap holds; it never lowers the AMO part.
 *
 * @param lines indexes of the lines concerned, from 0, in request order
 * @param maximum the most AMO + AMC may pay on those lines
 * @param label what the cap is, in French, for messages and logs ({@code monture de classe B})
 */
public record ContractCeiling(List<Integer> lines, Money maximum, String label) {
    public ContractCeiling {
        lines = List.copyOf(lines);
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(label, "label");
        if (maximum.isNegative()) {
            throw new IllegalArgumentException("negative cap: " + maximum);
        }
        if (lines.stream().distinct().count() != lines.size() || lines.stream().anyMatch(line -> line < 0)) {
            throw new IllegalArgumentException("line indexes must be distinct and not negative: " + lines);
        }
    }
}
