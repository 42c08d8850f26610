package org.openfse.core.tariff;

import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Money;

/**
 * What a {@link TariffRule} decides for one line: the fee, the reimbursement base, the AMO rate,
 * and the price limit of a 100 % Santé item.
 *
 * @param net the fee charged (honoraires), quantity and coefficient included
 * @param base the reimbursement base (base de remboursement)
 * @param rate AMO rate in whole percent (60, 70, 90, 100)
 * @param priceLimit the prix limite de vente of a 100 % Santé item (optics class A), quantity
 *        included: the fee may not exceed it, and the C2S and responsible contracts pay up to it;
 *        empty for every other item
 */
public record LinePricing(Money net, Money base, int rate, Optional<Money> priceLimit) {
    public LinePricing {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(priceLimit, "priceLimit");
        if (rate < 0 || rate > 100) {
            throw new IllegalArgumentException("rate out of 0..100: " + rate);
        }
    }

    /** A line without price limit. */
    public LinePricing(Money net, Money base, int rate) {
        this(net, base, rate, Optional.empty());
    }
}
