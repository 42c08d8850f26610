package org.openfse.specialty.optician.internal;

import java.util.List;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffRule;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.Texts;
import org.osgi.service.component.annotations.Component;

/** The opticians' {@link TariffRule}: LPP bases and price limits of the 2020 optical codes, see {@link OpticianPricing}. */
@Component(service = TariffRule.class, property = TariffRule.SPECIALTY_PROPERTY + "=" + OpticianTariffRule.SPECIALTY)
public final class OpticianTariffRule implements TariffRule {

    /** The specialty priced. */
    static final String SPECIALTY = "optician";
    /** Optical codes of the 2020 reform. */
    static final String CODES = "org/openfse/specialty/optician/internal/optics-codes.csv";
    /** Dated LPP bases. */
    static final String TARIFFS = "org/openfse/specialty/optician/internal/optics-tariffs.csv";
    /** Dated price limits of 100 % Santé items. */
    static final String PRICE_LIMITS = "org/openfse/specialty/optician/internal/optics-price-limits.csv";
    /** French texts of this bundle. */
    static final String MESSAGES = "org.openfse.specialty.optician.internal.messages";

    private final OpticianPricing pricing;

    public OpticianTariffRule() {
        Texts texts = Texts.load(OpticianTariffRule.class, MESSAGES);
        this.pricing = new OpticianPricing(OpticalCodes.load(OpticianTariffRule.class, CODES),
                TariffTable.load(OpticianTariffRule.class, TARIFFS, texts.format("table.name")),
                TariffTable.load(OpticianTariffRule.class, PRICE_LIMITS, texts.format("limits.name")), texts);
    }

    @Override
    public String specialty() {
        return SPECIALTY;
    }

    @Override
    public List<LinePricing> price(PricingRequest request) throws PricingException {
        return pricing.price(request);
    }
}
