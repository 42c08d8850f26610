package org.openfse.tariff.spi;

import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffRule;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The insured's participations of one specialty, deducted from the AMO part of the lines: the
 * participation forfaitaire on doctors' acts, the flat participation that replaces the ticket
 * modérateur on heavy acts. The tariff engine collects every registered rule (MULTIPLE, GREEDY)
 * and asks the one of the request's specialty, if any, after the specialty's {@link TariffRule}.
 *
 * <p>The AMO part of a line becomes {@code min(net, base) x rate - participation}, never below
 * zero; what the AMO does not pay stays with the patient (a complementary insurer does not
 * cover these participations).
 *
 * <p>Register the service with the property {@link TariffRule#SPECIALTY_PROPERTY}.
 */
@ConsumerType
public interface ParticipationRule {

    /** The specialty whose lines this rule adjusts, as {@link TariffRule#specialty()}. */
    String specialty();

    /**
     * @param request the request being priced
     * @param pricings what the specialty's {@link TariffRule} decided, one entry per line
     * @return one amount per line, in order, zero or positive
     * @throws PricingException when a parameter has no value on the day of care
     */
    List<Money> participations(PricingRequest request, List<LinePricing> pricings) throws PricingException;
}
