package org.openfse.core.tariff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The AMO situation that decides rates for an invoice.
 *
 * @param nature maladie, maternité, accident du travail, SMG
 * @param alsaceMoselle régime local d'Alsace-Moselle (90 %)
 * @param ald care related to an affection de longue durée (100 %)
 * @param c2s complémentaire santé solidaire: tiers payant intégral; the C2S pays the ticket
 *        modérateur and, for 100 % Santé items, the rest up to their price limit
 * @param exemption the reason of an exemption of the ticket modérateur (exonération du TM), as its
 *        code in IR_EXO_V (SNDS nomenclature: {@code "55"} pregnancy from the 6th month,
 *        {@code "91"} exempting act...); empty when none is claimed. The tariff engine knows which
 *        codes exempt (AMO at 100 %) and refuses unknown ones.
 * @param forcings the values of this coverage that were forced by hand, stored and shown with the
 *        invoice
 */
public record Coverage(InsuranceNature nature, boolean alsaceMoselle, boolean ald, boolean c2s, Optional<String> exemption,
        Set<Forcing> forcings) {

    public Coverage {
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(exemption, "exemption");
        forcings = forcings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(forcings));
    }

    /** A coverage without exemption reason nor forcing. */
    public Coverage(InsuranceNature nature, boolean alsaceMoselle, boolean ald, boolean c2s) {
        this(nature, alsaceMoselle, ald, c2s, Optional.empty(), Set.of());
    }

    /** Plain sickness insurance, general régime. */
    public static Coverage maladie() {
        return new Coverage(InsuranceNature.MALADIE, false, false, false);
    }
}
