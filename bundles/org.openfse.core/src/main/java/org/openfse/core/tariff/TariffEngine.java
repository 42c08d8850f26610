package org.openfse.core.tariff;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Prices invoices: asks the specialty's {@link TariffRule} for each line's fee, base and rate,
 * computes the AMO part, spreads the AMC amount pro rata to the net amounts (remainder on the
 * last line) and leaves the rest to the patient. Every line and the totals add up to the cent.
 */
@ProviderType
public interface TariffEngine {

    /**
     * @throws PricingException {@link PricingException.Reason#NO_RULE_FOR_SPECIALTY} when no rule
     *         of that specialty is installed, or the rule's own refusal
     */
    PricedInvoice price(PricingRequest request) throws PricingException;

    /** The specialties that can be priced now (one per installed rule). */
    Set<String> specialties();
}
