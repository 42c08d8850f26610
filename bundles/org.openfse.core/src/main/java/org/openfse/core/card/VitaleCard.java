package org.openfse.core.card;

import java.util.List;
import java.util.Objects;
import org.openfse.core.Nir;

/**
 * What was read from a Vitale card.
 *
 * @param serial card serial number
 * @param insuredNir the NIR of the insured person who holds the card
 * @param beneficiaries every beneficiary on the card, the insured first
 */
public record VitaleCard(String serial, Nir insuredNir, List<Beneficiary> beneficiaries) {
    public VitaleCard {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(insuredNir, "insuredNir");
        beneficiaries = List.copyOf(beneficiaries);
        if (beneficiaries.isEmpty()) {
            throw new IllegalArgumentException("a Vitale card holds at least one beneficiary");
        }
    }
}
