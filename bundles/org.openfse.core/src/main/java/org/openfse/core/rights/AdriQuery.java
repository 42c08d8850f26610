package org.openfse.core.rights;

import java.time.LocalDate;
import java.util.Objects;
import org.openfse.core.Nir;
import org.openfse.core.card.Beneficiary;

/**
 * One ADRi question to the régime: who, and on which day the question is asked.
 *
 * @param insuredNir the NIR of the insured person (ouvrant droit) who holds the card
 * @param beneficiary the beneficiary (identity, birth date, rank, quality, rattachement)
 * @param queryDay the day of the question; the answer covers {@link #window()}
 * @since 1.1
 */
public record AdriQuery(Nir insuredNir, Beneficiary beneficiary, LocalDate queryDay) {
    public AdriQuery {
        Objects.requireNonNull(insuredNir, "insuredNir");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(queryDay, "queryDay");
    }

    /** One year back from the query day, that day included (seed 002: 28/05/2024 → 29/05/2023 … 28/05/2024). */
    public org.openfse.core.Period window() {
        return org.openfse.core.Period.yearBefore(queryDay);
    }
}
