package org.openfse.tariff.spi;

import java.util.List;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffRule;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The caps that a contrat responsable must respect on a specialty's invoices (optics: the frame
 * and the equipment caps of art. R871-2 CSS), kept by the specialty as dated data. The tariff
 * engine collects every registered rule (MULTIPLE, GREEDY) and asks the one of the request's
 * specialty, if any, when the AMC pays by contract rates of a responsible contract
 * ({@link AmcRequest#byContract()} and {@link AmcRequest#responsible()}); a fixed AMC amount is
 * the insurer's own decision and is not capped.
 *
 * <p>Register the service with the property {@link TariffRule#SPECIALTY_PROPERTY}.
 */
@ConsumerType
public interface ContractCeilingRule {

    /** The specialty whose invoices this rule caps, as {@link TariffRule#specialty()}. */
    String specialty();

    /**
     * @param request the request being priced
     * @param pricings what the specialty's {@link TariffRule} decided, one entry per line
     * @return the caps that apply, possibly none; applied in order
     * @throws PricingException when a cap has no value on the day of care, or the invoice cannot
     *         be capped as entered (two equipments on one invoice)
     */
    List<ContractCeiling> ceilings(PricingRequest request, List<LinePricing> pricings) throws PricingException;
}
