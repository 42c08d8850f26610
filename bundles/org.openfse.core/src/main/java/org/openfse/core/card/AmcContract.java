package org.openfse.core.card;

import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;

/**
 * A complementary insurer (AMC) contract carried by the card (seed 002: "Mutuelle AMC", N° AMC,
 * N° Adhérent).
 *
 * @param amcNumber the AMC's number (identifies the insurer)
 * @param memberNumber the member number (numéro d'adhérent), empty when not on the card
 * @param period the contract's rights period, empty when the card gives none
 */
public record AmcContract(String amcNumber, String memberNumber, Optional<Period> period) {
    public AmcContract {
        Objects.requireNonNull(amcNumber, "amcNumber");
        Objects.requireNonNull(memberNumber, "memberNumber");
        Objects.requireNonNull(period, "period");
    }
}
