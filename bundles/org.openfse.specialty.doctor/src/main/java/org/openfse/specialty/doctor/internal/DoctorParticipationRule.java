package org.openfse.specialty.doctor.internal;

import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffRule;
import org.openfse.tariff.spi.ParticipationRule;
import org.openfse.tariff.spi.Texts;
import org.osgi.service.component.annotations.Component;

/** The doctors' {@link ParticipationRule}: participation forfaitaire and flat participation, see {@link DoctorParticipations}. */
@Component(service = ParticipationRule.class, property = TariffRule.SPECIALTY_PROPERTY + "=" + DoctorTariffRule.SPECIALTY)
public final class DoctorParticipationRule implements ParticipationRule {

    private final DoctorParticipations participations;

    public DoctorParticipationRule() {
        this.participations = new DoctorParticipations(
                DoctorTariffRule.participations(Texts.load(DoctorParticipationRule.class, DoctorTariffRule.MESSAGES)));
    }

    @Override
    public String specialty() {
        return DoctorTariffRule.SPECIALTY;
    }

    @Override
    public List<Money> participations(PricingRequest request, List<LinePricing> pricings) throws PricingException {
        return participations.participations(request, pricings);
    }
}
