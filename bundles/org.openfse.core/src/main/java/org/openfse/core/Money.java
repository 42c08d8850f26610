package org.openfse.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros, held as a whole number of cents. Never a {@code double}.
 *
 * <p>Text form is the one used by every OpenFSE file and command: an optional minus
 * sign, digits, a dot and exactly two decimals ({@code "415.00"}, {@code "-0.05"}).
 *
 * @param cents the amount in euro cents, may be negative (counterpart invoices, retenues)
 */
public record Money(long cents) implements Comparable<Money> {

    /** Zero euro. */
    public static final Money ZERO = new Money(0);

    /** Creates an amount from cents. */
    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /**
     * Parses an amount with at most two decimals ({@code "12"}, {@code "12.5"}, {@code "12.50"}).
     *
     * @throws IllegalArgumentException if the text is not a number or has more than two decimals
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: '" + text + "'", e);
        }
        return of(value);
    }

    /**
     * Creates an amount from a decimal that has at most two decimals.
     *
     * @throws IllegalArgumentException if rounding would be needed
     */
    public static Money of(BigDecimal euros) {
        try {
            return new Money(euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount needs more than two decimals: " + euros, e);
        }
    }

    /** Returns this amount as a decimal of scale 2. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    /** Multiplies by a whole quantity. */
    public Money times(long quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    /**
     * Multiplies by a decimal factor (a coefficient, a rate) and rounds half up to the cent,
     * as the Assurance Maladie rounds reimbursements.
     */
    public Money times(BigDecimal factor) {
        BigDecimal result = toBigDecimal().multiply(factor).setScale(2, RoundingMode.HALF_UP);
        return of(result);
    }

    /** Applies a whole percentage ({@code 60} for 60 %), rounding half up to the cent. */
    public Money percent(int rate) {
        return times(BigDecimal.valueOf(rate).movePointLeft(2));
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** The canonical text form, two decimals, dot separator. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
