package org.openfse.core.routing;

import java.util.Objects;
import java.util.Optional;

/**
 * The facts routing decides from.
 *
 * @param amoOrganisme destination AMO organisme key ({@code 01C751809}: régime, letter, caisse, centre)
 * @param amoClaim whether there is an AMO part to claim
 * @param amc how the AMC part is managed
 * @param amcOrganisme the AMC number when there is one
 * @param tiersPayantAmo whether the AMO pays the professional directly
 * @param tiersPayantAmc whether the AMC pays the professional directly
 * @param concentrator the concentrator (OCT) that handles this AMC or organisme, if one is configured
 */
public record RoutingRequest(String amoOrganisme, boolean amoClaim, AmcManagement amc, Optional<String> amcOrganisme,
        boolean tiersPayantAmo, boolean tiersPayantAmc, Optional<String> concentrator) {
    public RoutingRequest {
        Objects.requireNonNull(amoOrganisme, "amoOrganisme");
        Objects.requireNonNull(amc, "amc");
        Objects.requireNonNull(amcOrganisme, "amcOrganisme");
        Objects.requireNonNull(concentrator, "concentrator");
        if (amc != AmcManagement.NONE && amcOrganisme.isEmpty()) {
            throw new IllegalArgumentException("an AMC part needs the AMC organisme");
        }
    }
}
