package org.openfse.core.tariff;

import java.util.Objects;

/**
 * The AMO situation that decides rates for an invoice.
 *
 * @param nature maladie, maternité, accident du travail, SMG
 * @param alsaceMoselle régime local d'Alsace-Moselle (90 %)
 * @param ald care related to an affection de longue durée (100 %)
 * @param c2s complémentaire santé solidaire (tiers payant intégral)
 */
public record Coverage(InsuranceNature nature, boolean alsaceMoselle, boolean ald, boolean c2s) {
    public Coverage {
        Objects.requireNonNull(nature, "nature");
    }

    /** Plain sickness insurance, general régime. */
    public static Coverage maladie() {
        return new Coverage(InsuranceNature.MALADIE, false, false, false);
    }
}
