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

    /** The fees of the lines. */
    public Money net() {
        long cents = 0;
        for (PricedLine line : lines) {
            cents = Math.addExact(cents, line.net().cents());
        }
        return Money.ofCents(cents);
    }

    /** The AMO parts of the lines. */
    public Money amo() {
        long cents = 0;
        for (PricedLine line : lines) {
            cents = Math.addExact(cents, line.amo().cents());
        }
        return Money.ofCents(cents);
    }

    /** The AMC parts of the lines. */
    public Money amc() {
        long cents = 0;
        for (PricedLine line : lines) {
            cents = Math.addExact(cents, line.amc().cents());
        }
        return Money.ofCents(cents);
    }

    /** What is left to the patient on the lines. */
    public Money patient() {
        long cents = 0;
        for (PricedLine line : lines) {
            cents = Math.addExact(cents, line.patient().cents());
        }
        return Money.ofCents(cents);
    }
}
