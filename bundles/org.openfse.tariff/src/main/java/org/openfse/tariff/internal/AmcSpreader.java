package org.openfse.tariff.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.openfse.core.Money;

/**
 * Spreads an amount granted for a whole invoice (AMC attestation or prise en charge) over its
 * lines, pro rata to their net amounts, each share rounded half up to the cent and the rounding
 * remainder on the last line (seed 002, invoice 254: 100.00 over 103.00 / 103.00 / 209.00 gives
 * 24.82 / 24.82 / 50.36).
 *
 * <p>No line gets more than its capacity (what is left of it after the AMO part) nor less than
 * zero: when rounding or a capacity pushes a share out of range, the difference is moved to the
 * other lines, starting from the last one.
 */
final class AmcSpreader {

    /**
     * @param amount the amount to spread, zero or positive
     * @param weights the lines' net amounts
     * @param capacities the most each line can take
     * @return one share per line; the shares add up to {@code amount}
     * @throws IllegalArgumentException when the capacities cannot hold the amount
     */
    List<Money> spread(Money amount, List<Money> weights, List<Money> capacities) {
        int size = weights.size();
        if (capacities.size() != size) {
            throw new IllegalArgumentException("one capacity per weight expected");
        }
        long totalCapacity = 0;
        for (Money capacity : capacities) {
            totalCapacity = Math.addExact(totalCapacity, Math.max(0, capacity.cents()));
        }
        if (amount.isNegative() || amount.cents() > totalCapacity) {
            throw new IllegalArgumentException("cannot spread " + amount + " over a capacity of " + Money.ofCents(totalCapacity));
        }
        long[] shares = proRata(amount.cents(), weights);
        long difference = amount.cents();
        for (int i = 0; i < size; i++) {
            shares[i] = Math.min(Math.max(0, shares[i]), Math.max(0, capacities.get(i).cents()));
            difference -= shares[i];
        }
        for (int i = size - 1; i >= 0 && difference != 0; i--) {
            long move = difference > 0
                    ? Math.min(difference, capacities.get(i).cents() - shares[i])
                    : Math.max(difference, -shares[i]);
            shares[i] += move;
            difference -= move;
        }
        List<Money> result = new ArrayList<>(size);
        for (long share : shares) {
            result.add(Money.ofCents(share));
        }
        return result;
    }

    private static long[] proRata(long amount, List<Money> weights) {
        int size = weights.size();
        long[] shares = new long[size];
        long total = 0;
        int last = -1;
        for (int i = 0; i < size; i++) {
            long weight = weights.get(i).cents();
            if (weight > 0) {
                total = Math.addExact(total, weight);
                last = i;
            }
        }
        if (last < 0) {
            return shares;
        }
        BigDecimal whole = BigDecimal.valueOf(amount);
        BigDecimal divisor = BigDecimal.valueOf(total);
        long given = 0;
        for (int i = 0; i < last; i++) {
            long weight = weights.get(i).cents();
            if (weight > 0) {
                shares[i] = whole.multiply(BigDecimal.valueOf(weight)).divide(divisor, 0, RoundingMode.HALF_UP).longValueExact();
                given += shares[i];
            }
        }
        shares[last] = amount - given;
        return shares;
    }
}
