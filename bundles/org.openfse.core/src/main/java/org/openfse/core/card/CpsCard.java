package org.openfse.core.card;

import java.util.List;
import java.util.Objects;

/**
 * What was read from a CPS card (readable without the PIN).
 *
 * @param psNumber the health professional's identifier (numéro ADELI/RPPS used for billing), 9 digits;
 *        the billing number of the first situation
 * @param lastName last name
 * @param firstName first name
 * @param specialty the professional's specialty code as carried by the card (in the public IR_ACT_V table,
 *        for example {@code 64} FOURNISSEUR (OPTIQUE MEDICALE), which the demo optician uses), of the first
 *        situation
 * @param conventionCode convention situation code of the first situation
 * @param situations the practice situations (situations d'exercice) on the card, at least one, the first
 *        being the one the other fields describe
 */
public record CpsCard(String psNumber, String lastName, String firstName, String specialty,
        String conventionCode, List<PracticeSituation> situations) {

    public CpsCard {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(conventionCode, "conventionCode");
        situations = List.copyOf(situations);
        if (situations.isEmpty()) {
            throw new IllegalArgumentException("a CPS card holds at least one practice situation");
        }
    }

    /** A card with one situation made of these fields (API 1.0 form). */
    public CpsCard(String psNumber, String lastName, String firstName, String specialty, String conventionCode) {
        this(psNumber, lastName, firstName, specialty, conventionCode,
                List.of(new PracticeSituation(1, psNumber, specialty, conventionCode, "", "")));
    }

    /** A card whose first situation gives the billing number, specialty and convention code. */
    public static CpsCard of(String lastName, String firstName, List<PracticeSituation> situations) {
        PracticeSituation first = situations.get(0);
        return new CpsCard(first.billingNumber(), lastName, firstName, first.specialty(), first.conventionCode(),
                situations);
    }
}
