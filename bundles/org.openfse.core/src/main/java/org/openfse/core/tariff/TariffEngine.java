package org.openfse.core.tariff;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Prices invoices: asks the specialty's {@link TariffRule} for each line's fee, base and rate,
 * computes the AMO part, computes the AMC part ({@link AmcRequest}: an amount spread pro rata to
 * the net amounts with the remainder on the last line, or contract rates; with no AMC request and
 * a C2S coverage, the C2S part) and leaves the rest to the patient. Every line and the totals add
 * up to the cent.
 */
@ProviderType
public interface TariffEngine {

    /**
     * @throws PricingException {@link PricingException.Reason#NO_RULE_FOR_SPECIALTY} when no rule
     *         of that specialty is installed; {@link PricingException.Reason#INVALID_VALUE} for an
     *         unknown exemption code ({@code coverage.exemption}), an AMC amount above what the AMO
     *         leaves ({@code amc.amount}), a fee above a price limit; or the rule's own refusal
     */
    PricedInvoice price(PricingRequest request) throws PricingException;

    /** The specialties that can be priced now (one per installed rule). */
    Set<String> specialties();
}
