package org.openfse.core.tariff;

import java.util.List;
import org.openfse.core.Money;

/**
 * A priced invoice; totals are the sums of the lines.
 *
 * @param lines priced lines, in request order
 */
public record PricedInvoice(List<PricedLine> lines) {
    public PricedInvoice {
        lines = List.copyOf(lines);
    }

    public Money net() {
        return lines.stream().map(PricedLine::net).reduce(Money.ZERO, Money::plus);
    }

    public Money amo() {
        return lines.stream().map(PricedLine::amo).reduce(Money.ZERO, Money::plus);
    }

    public Money amc() {
        return lines.stream().map(PricedLine::amc).reduce(Money.ZERO, Money::plus);
    }

    public Money patient() {
        return lines.stream().map(PricedLine::patient).reduce(Money.ZERO, Money::plus);
    }
}
