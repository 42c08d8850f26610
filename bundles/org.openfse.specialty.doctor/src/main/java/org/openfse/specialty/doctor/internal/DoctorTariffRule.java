package org.openfse.specialty.doctor.internal;

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

/** The doctors' {@link TariffRule}: NGAP consultations of the configured zone, see {@link DoctorPricing}. */
@Component(service = TariffRule.class, configurationPid = DoctorTariffRule.PID,
        property = TariffRule.SPECIALTY_PROPERTY + "=" + DoctorTariffRule.SPECIALTY)
@Designate(ocd = DoctorTariffConfig.class)
public final class DoctorTariffRule implements TariffRule {

    /** The specialty priced. */
    static final String SPECIALTY = "doctor";
    /** Configuration PID. */
    static final String PID = "org.openfse.specialty.doctor";
    /** The dated NGAP table shipped in this bundle. */
    static final String TABLE = "org/openfse/specialty/doctor/internal/ngap-doctor.csv";
    /** The dated participation parameters shipped in this bundle. */
    static final String PARTICIPATIONS = "org/openfse/specialty/doctor/internal/participations.csv";
    /** French texts of this bundle. */
    static final String MESSAGES = "org.openfse.specialty.doctor.internal.messages";

    private final DoctorPricing pricing;
    private final String zone;

    /** @throws IllegalArgumentException for a zone other than {@code metro} or {@code dom} */
    @Activate
    public DoctorTariffRule(DoctorTariffConfig config) {
        Texts texts = Texts.load(DoctorTariffRule.class, MESSAGES);
        this.zone = TariffZones.check(config.zone());
        this.pricing = new DoctorPricing(TariffTable.load(DoctorTariffRule.class, TABLE, texts.format("table.name")),
                participations(texts), texts);
    }

    /** The participation parameters shipped in this bundle. */
    static InsuredParticipations participations(Texts texts) {
        return new InsuredParticipations(TariffTable.load(DoctorTariffRule.class, PARTICIPATIONS, texts.format("participations.name")));
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
