package org.openfse.core.tariff;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The pricing rules of one specialty, contributed by a specialty bundle. The tariff engine
 * collects every registered rule (MULTIPLE, GREEDY) and hands each request to the rule of
 * its specialty; installing a specialty bundle adds it, removing the bundle removes it.
 *
 * <p>Prices come from dated tables shipped in the specialty bundle: a rule looks the price up
 * for the day of care and refuses a day before the price existed
 * ({@link PricingException.Reason#NO_PRICE_AT_DATE}); it never prices an unknown code at zero.
 */
@ConsumerType
public interface TariffRule {

    /** Service property carrying {@link #specialty()}, for target filters. */
    String SPECIALTY_PROPERTY = "openfse.specialty";

    /** The specialty this rule prices ({@code optician}, {@code nurse}, {@code doctor}...). */
    String specialty();

    /**
     * Prices every line of the request: fee, base, AMO rate, and the price limit of 100 % Santé
     * items (the engine refuses a fee above it). The engine then computes the AMO, AMC and patient
     * parts.
     *
     * @return one entry per request line, in order
     * @throws PricingException naming the faulty field
     */
    List<LinePricing> price(PricingRequest request) throws PricingException;
}
