package org.openfse.core.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.InsuranceNature;

/**
 * The answers of the "Vérification du taux" dialog (seed 002) stored on the invoice by
 * {@link BillingService#markRatesChecked}. The nature, Alsace-Moselle, ALD and exemption already
 * come from the draft's coverage; the values given here replace them.
 *
 * @param amoJustification pièce justificative AMO: a name of the model's {@code Justification}
 *        ({@code NONE}, {@code PAPER_ATTESTATION}, {@code INSURANCE_CARD}, {@code VITALE_CARD},
 *        {@code ADR})
 * @param amcJustification pièce justificative AMC, same names
 * @param commonLawAccident accident de droit commun
 * @param aldRelated soins en rapport avec l'ALD
 * @param attackVictim victime d'attentat
 * @param alsaceMoselle régime local d'Alsace-Moselle
 * @param nature nature d'assurance
 * @param exemptionCode code of the exemption (situation ETM, IR_EXO_V), empty when none
 * @param mode the mode de sécurisation chosen (the default of {@link SecureOptions})
 * @param forcings the values forced by hand (forçages), stored with the invoice and shown
 */
public record RatesCheck(String amoJustification, String amcJustification, boolean commonLawAccident, boolean aldRelated,
        boolean attackVictim, boolean alsaceMoselle, InsuranceNature nature, Optional<String> exemptionCode,
        SecureMode mode, List<ForcingEntry> forcings) {

    public RatesCheck {
        Objects.requireNonNull(amoJustification, "amoJustification");
        Objects.requireNonNull(amcJustification, "amcJustification");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(exemptionCode, "exemptionCode");
        Objects.requireNonNull(mode, "mode");
        forcings = List.copyOf(forcings);
    }

    /** The usual answer when the Vitale card was read: Vitale for AMO, no AMC document, maladie. */
    public static RatesCheck vitale(SecureMode mode) {
        return new RatesCheck("VITALE_CARD", "NONE", false, false, false, false, InsuranceNature.MALADIE, Optional.empty(),
                mode, List.of());
    }

    /** The same answers with the coverage of the draft (nature, Alsace-Moselle, ALD, exemption). */
    public RatesCheck withCoverage(org.openfse.core.tariff.Coverage coverage) {
        return new RatesCheck(amoJustification, amcJustification, commonLawAccident, coverage.ald(), attackVictim,
                coverage.alsaceMoselle(), coverage.nature(), coverage.exemption(), mode, forcings);
    }
}
