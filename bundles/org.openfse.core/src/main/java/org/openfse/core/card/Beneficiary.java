package org.openfse.core.card;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Nir;
import org.openfse.core.Period;

/**
 * One beneficiary held on a Vitale card.
 *
 * @param lastName usual last name
 * @param firstName first name
 * @param nir the beneficiary's own certified NIR when known (may be empty for children on a parent's card)
 * @param birthDate birth date as written on the card, {@code YYYYMMDD}; lunar dates (day or
 *        month above calendar values) are kept as they are
 * @param birthRank rang de naissance (1 for the first of twins born the same day)
 * @param quality qualité du bénéficiaire, 2 digits as on the card ({@code 00} the insured person; the
 *        demo card uses {@code 02} spouse and {@code 06} child; no public table of these codes is in
 *        the reference data)
 * @param amoRegime régime code, 2 digits (01 general)
 * @param amoFund caisse code, 3 digits
 * @param amoCentre centre code, 4 digits
 * @param rights AMO rights periods on the card
 * @param details the rest of what the card carries for this beneficiary (address, coverage, AMC,
 *        work accidents); {@link BeneficiaryDetails#NONE} when the card profile does not read it
 */
public record Beneficiary(String lastName, String firstName, Optional<Nir> nir, String birthDate,
        int birthRank, String quality, String amoRegime, String amoFund, String amoCentre,
        List<Period> rights, BeneficiaryDetails details) {

    public Beneficiary {
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(nir, "nir");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(details, "details");
        rights = List.copyOf(rights);
    }

    /** A beneficiary without the details of {@link BeneficiaryDetails} (API 1.0 form). */
    public Beneficiary(String lastName, String firstName, Optional<Nir> nir, String birthDate,
            int birthRank, String quality, String amoRegime, String amoFund, String amoCentre,
            List<Period> rights) {
        this(lastName, firstName, nir, birthDate, birthRank, quality, amoRegime, amoFund, amoCentre, rights,
                BeneficiaryDetails.NONE);
    }

    /** Whether this beneficiary is the insured person who holds the card (qualité {@code 00}). */
    public boolean isInsured() {
        return "00".equals(quality);
    }
}
