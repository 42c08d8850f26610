package org.openfse.core.routing;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Decides the flow of an invoice (FSE seule RO, FSE RO+RC, FSE + DRE, DRE seule), its
 * destination organismes and its transport, from the coverage and the concentrator settings.
 */
@ProviderType
public interface CoverageRouter {

    /**
     * @throws IllegalArgumentException when there is nothing to claim (no AMO part and no AMC part)
     */
    RoutingDecision route(RoutingRequest request);
}
