package org.openfse.core.card;

import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;

/**
 * The "service AMO" of a beneficiary (seed 002: "Service AMO Bénéf. 00 - Pas de service AMO").
 *
 * @param code 2 digits, {@code 00} when the beneficiary has no AMO service
 * @param period when the service applies, empty when the card gives no period
 */
public record AmoService(String code, Optional<Period> period) {

    /** Code meaning "pas de service AMO". */
    public static final String NONE = "00";

    public AmoService {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(period, "period");
    }
}
