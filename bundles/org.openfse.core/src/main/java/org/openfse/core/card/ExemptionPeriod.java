package org.openfse.core.card;

import java.util.Objects;
import org.openfse.core.Period;

/**
 * A period of exemption from the patient's share (seed 002: "Période couverture ALD", columns
 * Début, Fin, ALD, Sit.).
 *
 * @param period the days covered
 * @param ald whether the exemption is for an affection de longue durée
 * @param situation the exemption situation code as written on the card
 */
public record ExemptionPeriod(Period period, boolean ald, String situation) {
    public ExemptionPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(situation, "situation");
    }
}
