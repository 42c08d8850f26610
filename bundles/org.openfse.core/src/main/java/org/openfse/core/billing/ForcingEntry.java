package org.openfse.core.billing;

import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.tariff.Forcing;

/**
 * One forçage entered in the "SESAM-Vitale" dialog (seed 002), stored in the invoice's
 * {@code forcings} with the time and the actor.
 *
 * @param kind what was forced
 * @param indicator the SESAM-Vitale forcing indicator (IR_VIT_V letter), empty when none
 * @param value the forced value as text ({@code "2024-06-30"} for a maternity end, {@code "present"}
 *        for the C2S...)
 * @param period the period of the forced value, when it has one
 */
public record ForcingEntry(Forcing kind, String indicator, String value, Optional<Period> period) {
    public ForcingEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(period, "period");
    }
}
