package org.openfse.specialty.nurse.internal;

import java.util.List;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffRule;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.TariffZones;
import org.openfse.tariff.spi.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The nurses' {@link TariffRule}: NGAP values of the configured zone, see {@link NursePricing}. */
@Component(service = TariffRule.class, configurationPid = NurseTariffRule.PID,
        property = TariffRule.SPECIALTY_PROPERTY + "=" + NurseTariffRule.SPECIALTY)
@Designate(ocd = NurseTariffConfig.class)
public final class NurseTariffRule implements TariffRule {

    /** The specialty priced. */
    static final String SPECIALTY = "nurse";
    /** Configuration PID. */
    static final String PID = "org.openfse.specialty.nurse";
    /** The dated NGAP table shipped in this bundle. */
    static final String TABLE = "org/openfse/specialty/nurse/internal/ngap-nurse.csv";
    /** French texts of this bundle. */
    static final String MESSAGES = "org.openfse.specialty.nurse.internal.messages";

    private final NursePricing pricing;
    private final String zone;

    /** @throws IllegalArgumentException for a zone other than {@code metro} or {@code dom} */
    @Activate
    public NurseTariffRule(NurseTariffConfig config) {
        Texts texts = Texts.load(NurseTariffRule.class, MESSAGES);
        this.zone = TariffZones.check(config.zone());
        this.pricing = new NursePricing(TariffTable.load(NurseTariffRule.class, TABLE, texts.format("table.name")), texts);
    }

    @Override
    public String specialty() {
        return SPECIALTY;
    }

    @Override
    public List<LinePricing> price(PricingRequest request) throws PricingException {
        return pricing.price(request, zone);
    }
}
