package org.openfse.specialty.optician.internal;

import java.util.List;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffRule;
import org.openfse.tariff.spi.ContractCeiling;
import org.openfse.tariff.spi.ContractCeilingRule;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.Texts;
import org.osgi.service.component.annotations.Component;

/** The opticians' {@link ContractCeilingRule}: frame and equipment caps of responsible contracts, see {@link OpticianCaps}. */
@Component(service = ContractCeilingRule.class, property = TariffRule.SPECIALTY_PROPERTY + "=" + OpticianTariffRule.SPECIALTY)
public final class OpticianCeilingRule implements ContractCeilingRule {

    /** Dated caps of responsible contracts. */
    static final String CAPS = "org/openfse/specialty/optician/internal/contract-caps.csv";

    private final OpticianCaps caps;

    public OpticianCeilingRule() {
        Texts texts = Texts.load(OpticianCeilingRule.class, OpticianTariffRule.MESSAGES);
        this.caps = new OpticianCaps(OpticalCodes.load(OpticianCeilingRule.class, OpticianTariffRule.CODES),
                TariffTable.load(OpticianCeilingRule.class, CAPS, texts.format("caps.name")), texts);
    }

    @Override
    public String specialty() {
        return OpticianTariffRule.SPECIALTY;
    }

    @Override
    public List<ContractCeiling> ceilings(PricingRequest request, List<LinePricing> pricings) throws PricingException {
        return caps.ceilings(request, pricings);
    }
}
