package org.openfse.core.tariff;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Money;

/**
 * One line as entered: an act code (NGAP key letter, consultation code, optical class code)
 * with what the professional typed.
 *
 * @param code act code ({@code AMI}, {@code G}, {@code VU3}...)
 * @param lpp LPP code for devices (optics), empty otherwise
 * @param quantity number of identical items, at least 1
 * @param unitPrice the price charged per item when the professional sets it (optics); empty
 *        when the tariff fixes it
 * @param coefficient NGAP coefficient ({@code 2} in {@code AMI 2}); {@code 1} when not applicable
 */
public record ActLine(String code, Optional<String> lpp, int quantity, Optional<Money> unitPrice, BigDecimal coefficient) {
    public ActLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lpp, "lpp");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(coefficient, "coefficient");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
        }
        if (coefficient.signum() <= 0) {
            throw new IllegalArgumentException("coefficient must be positive: " + coefficient);
        }
    }

    /** A line priced by the tariff only: quantity 1, coefficient 1. */
    public static ActLine of(String code) {
        return new ActLine(code, Optional.empty(), 1, Optional.empty(), BigDecimal.ONE);
    }
}
