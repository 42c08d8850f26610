package org.openfse.core.rights;

import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;

/**
 * The answer to "are AMO rights open on this day".
 *
 * @param state open, closed or unknown
 * @param period the rights period that covers the day, when {@code state} is OPEN
 * @param source where the answer comes from
 */
public record RightsStatus(State state, Optional<Period> period, Source source) {

    public RightsStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
    }

    /** Whether rights are open. */
    public enum State { OPEN, CLOSED, UNKNOWN }

    /** Where rights were read. */
    public enum Source {
        /** The Vitale card (or ApCV) data. */
        CARD,
        /** An ADRi online query (acquisition des droits intégrée). */
        ADRI,
        /** Entered by hand from a paper attestation. */
        MANUAL
    }
}
