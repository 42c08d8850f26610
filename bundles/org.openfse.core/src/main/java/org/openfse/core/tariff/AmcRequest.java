package org.openfse.core.tariff;

import java.util.Objects;
import org.openfse.core.Money;

/**
 * The complementary insurer's share when it is a fixed amount (attestation or prise en charge):
 * the engine spreads it over the lines pro rata to their net amount, the rounding remainder on
 * the last line (seed 002, invoice 254).
 *
 * @param amount the amount granted by the AMC for the whole invoice
 */
public record AmcRequest(Money amount) {
    public AmcRequest {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("AMC amount must not be negative: " + amount);
        }
    }
}
