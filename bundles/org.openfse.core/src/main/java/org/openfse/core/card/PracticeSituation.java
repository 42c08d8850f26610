package org.openfse.core.card;

import java.util.Objects;

/**
 * One practice situation (situation d'exercice) of a CPS card: where and how the professional
 * bills.
 *
 * @param index the situation's number on the card, from 1
 * @param billingNumber the billing number (numéro de facturation / ADELI), 9 digits
 * @param specialty the specialty code (IR_ACT_V)
 * @param conventionCode the convention situation code
 * @param pricingZone the pricing zone code, empty when not on the card
 * @param structure the name of the practice (raison sociale), empty when not on the card
 */
public record PracticeSituation(int index, String billingNumber, String specialty, String conventionCode,
        String pricingZone, String structure) {
    public PracticeSituation {
        Objects.requireNonNull(billingNumber, "billingNumber");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(conventionCode, "conventionCode");
        Objects.requireNonNull(pricingZone, "pricingZone");
        Objects.requireNonNull(structure, "structure");
        if (index < 1) {
            throw new IllegalArgumentException("situations are numbered from 1, not " + index);
        }
    }
}
