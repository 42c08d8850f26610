package org.openfse.core.sesam;

import java.util.Optional;
import org.openfse.core.tariff.Forcing;

/**
 * The forçages of the "SESAM-Vitale" button of seed 002 ("Sesam Vitale": Maternité, Situation ETM,
 * Service AMO, Siècle naissance, Attestation AMC), in that screen's order except the first.
 *
 * <p>{@link #coverageForcing()} maps to the tariff's {@link Forcing} (stored in the model's
 * {@code Forcing.kind} and in {@code Coverage.forcings}); the birth century changes no coverage
 * value and has none (the model keeps it as {@code Beneficiary.birthCenturyForced}).
 *
 * @since 1.1
 */
public enum ForcingKind {
    /** "Forçage Maternité": the end of maternity insurance (nature d'assurance maternité only). */
    MATERNITY_END(Optional.of(Forcing.NATURE)),
    /** "Situation ETM": the exemption rate, in dégradé mode only. */
    EXEMPTION(Optional.of(Forcing.EXEMPTION)),
    /** "Forçage Service AMO": the C2S forced present or absent against the card. */
    AMO_SERVICE(Optional.of(Forcing.C2S)),
    /** "Forçage Siècle Naissance": the century of the birth date, missing on some cards. */
    BIRTH_CENTURY(Optional.empty()),
    /** "Attestation AMC": the complementary insurer's values entered by hand, for a DRE. */
    AMC_ATTESTATION(Optional.of(Forcing.AMC));

    private final Optional<Forcing> coverageForcing;

    ForcingKind(Optional<Forcing> coverageForcing) {
        this.coverageForcing = coverageForcing;
    }

    /** The coverage value this forcing changes, as the tariff and the model name it. */
    public Optional<Forcing> coverageForcing() {
        return coverageForcing;
    }
}
