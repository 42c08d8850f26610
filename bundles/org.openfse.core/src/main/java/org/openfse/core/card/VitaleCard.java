package org.openfse.core.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Nir;

/**
 * What was read from a Vitale card.
 *
 * @param serial card serial number
 * @param insuredNir the NIR of the insured person who holds the card
 * @param beneficiaries every beneficiary on the card, the insured first
 * @param kind what sort of card this is (a real card, a test card, a demonstration card)
 * @param validUntil the card's end of validity, empty when the card gives none
 */
public record VitaleCard(String serial, Nir insuredNir, List<Beneficiary> beneficiaries, Kind kind,
        Optional<LocalDate> validUntil) {

    /** The sort of card (seed 002, "Type Carte"). */
    public enum Kind {
        /** A card issued to an insured person. */
        REAL,
        /** A test card (used with the "Caisse de TEST"). */
        TEST,
        /** A demonstration card. */
        DEMONSTRATION,
        /** The card profile does not tell. */
        UNSPECIFIED
    }

    public VitaleCard {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(insuredNir, "insuredNir");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validUntil, "validUntil");
        beneficiaries = List.copyOf(beneficiaries);
        if (beneficiaries.isEmpty()) {
            throw new IllegalArgumentException("a Vitale card holds at least one beneficiary");
        }
    }

    /** A card whose kind and validity are not known (API 1.0 form). */
    public VitaleCard(String serial, Nir insuredNir, List<Beneficiary> beneficiaries) {
        this(serial, insuredNir, beneficiaries, Kind.UNSPECIFIED, Optional.empty());
    }

    /** The insured person (qualité {@code 00}), or the first beneficiary when none has that quality. */
    public Beneficiary insured() {
        return beneficiaries.stream().filter(Beneficiary::isInsured).findFirst().orElse(beneficiaries.get(0));
    }
}
