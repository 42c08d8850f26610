package org.openfse.core.card;

import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;

/**
 * The mutuelle a beneficiary is attached to (seed 002: "Période droits Mutuelle").
 *
 * @param number the mutuelle's number
 * @param period the rights period, empty when the card gives none
 */
public record Mutuelle(String number, Optional<Period> period) {
    public Mutuelle {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(period, "period");
    }
}
