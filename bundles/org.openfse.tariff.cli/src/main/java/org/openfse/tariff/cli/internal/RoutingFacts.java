package org.openfse.tariff.cli.internal;

import java.util.Objects;
import java.util.Optional;
import org.openfse.core.routing.AmcManagement;

/**
 * What the input says about where the invoice goes, besides its amounts.
 *
 * @param amoOrganisme the AMO organisme ({@code amo.organisme}), if given
 * @param tiersPayantAmo whether the AMO pays the professional
 * @param amcOrganisme the complementary organisme ({@code amc.organisme}), if given
 * @param amcManagement gestion unique or séparée of the AMC part, when the input names the AMC
 * @param tiersPayantAmc whether the AMC pays the professional
 * @param concentrator the concentrator (OCT) that handles this invoice, if any
 */
record RoutingFacts(Optional<String> amoOrganisme, boolean tiersPayantAmo, Optional<String> amcOrganisme,
        AmcManagement amcManagement, boolean tiersPayantAmc, Optional<String> concentrator) {
    RoutingFacts {
        Objects.requireNonNull(amoOrganisme, "amoOrganisme");
        Objects.requireNonNull(amcOrganisme, "amcOrganisme");
        Objects.requireNonNull(amcManagement, "amcManagement");
        Objects.requireNonNull(concentrator, "concentrator");
    }
}
