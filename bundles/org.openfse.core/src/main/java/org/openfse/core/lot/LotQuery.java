package org.openfse.core.lot;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which lots {@link LotService#lots(LotQuery)} returns; every criterion is optional.
 *
 * @param psNumber only this practitioner's lots; {@code null} for all
 * @param states only lots in these states; empty for all
 * @param from only lots made on or after this day; {@code null} for no bound
 * @param to only lots made on or before this day; {@code null} for no bound
 */
public record LotQuery(String psNumber, Set<LotState> states, LocalDate from, LocalDate to) {

    public LotQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    /** Every lot. */
    public static LotQuery all() {
        return new LotQuery(null, Set.of(), null, null);
    }

    /** Every lot of a practitioner. */
    public static LotQuery of(String psNumber) {
        return new LotQuery(psNumber, Set.of(), null, null);
    }
}
