package org.openfse.core.card;

import java.util.List;
import java.util.Objects;

/**
 * Work-accident (accident du travail) references on a card (seed 002: "Accident Travail", Gest.
 * Risque, Gest. AT1 / Id AT1, Gest. AT2 / Id AT2).
 *
 * @param riskManager the organisation managing the work-accident risk, 9 digits
 * @param accidents the accidents, in the card's order (at most 3)
 */
public record WorkAccidentRights(String riskManager, List<WorkAccident> accidents) {

    /**
     * One work accident.
     *
     * @param manager the organisation that manages it, 9 digits
     * @param id the accident's identifier, 9 digits
     */
    public record WorkAccident(String manager, String id) {
        public WorkAccident {
            Objects.requireNonNull(manager, "manager");
            Objects.requireNonNull(id, "id");
        }
    }

    public WorkAccidentRights {
        Objects.requireNonNull(riskManager, "riskManager");
        accidents = List.copyOf(accidents);
        if (accidents.size() > 3) {
            throw new IllegalArgumentException("a card holds at most 3 work accidents, not " + accidents.size());
        }
    }
}
