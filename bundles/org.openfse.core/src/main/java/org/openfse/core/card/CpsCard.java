package org.openfse.core.card;

import java.util.Objects;

/**
 * What was read from a CPS card (readable without the PIN).
 *
 * @param psNumber the health professional's identifier (numéro ADELI/RPPS used for billing), 9 digits
 * @param lastName last name
 * @param firstName first name
 * @param specialty specialty code (IR_SPE_V, e.g. {@code 28} optician, {@code 24} nurse, {@code 01} GP)
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
