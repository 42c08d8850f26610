package org.openfse.core.tariff;

import java.util.Objects;
import org.openfse.core.Money;

/**
 * What a {@link TariffRule} decides for one line: the fee, the reimbursement base and the AMO rate.
 *
 * @param net the fee charged (honoraires), quantity and coefficient included
 * @param base the reimbursement base (base de remboursement)
 * @param rate AMO rate in whole percent (60, 70, 90, 100)
 */
public record LinePricing(Money net, Money base, int rate) {
    public LinePricing {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(base, "base");
        if (rate < 0 || rate > 100) {
            throw new IllegalArgumentException("rate out of 0..100: " + rate);
        }
    }
}
