package org.openfse.core.card;

import java.util.Objects;

/**
 * What was read from a CPS card (readable without the PIN).
 *
 * @param psNumber the health professional's identifier (numéro ADELI/RPPS used for billing), 9 digits
 * @param lastName last name
 * @param firstName first name
 * @param specialty the professional's specialty code as carried by the card (in the public IR_ACT_V table,
 *        for example {@code 64} FOURNISSEUR (OPTIQUE MEDICALE), which the demo optician uses)
 * @param conventionCode convention situation code
 */
public record CpsCard(String psNumber, String lastName, String firstName, String specialty,
        String conventionCode) {
    public CpsCard {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(conventionCode, "conventionCode");
    }
}
