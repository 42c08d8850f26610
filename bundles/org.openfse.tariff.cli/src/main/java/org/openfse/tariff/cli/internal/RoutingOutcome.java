package org.openfse.tariff.cli.internal;

import java.util.Objects;
import java.util.Optional;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.routing.CoverageRouter;
import org.openfse.core.routing.RoutingDecision;
import org.openfse.core.routing.RoutingRequest;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.tariff.cli.internal.json.JsonNull;

/**
 * The routing of a priced invoice, decided by the {@link CoverageRouter} from the invoice's parts
 * and the input's {@link RoutingFacts}, or the router's French reason when there is nothing to
 * route.
 *
 * <p>The price command may be run without naming the organismes (the example does not):
 * the router still decides the flow and the transport, and the destinations it could not know
 * are written {@code null}. The router refuses a blank destination, so such a destination is
 * passed to it as {@link #UNKNOWN} and turned back into {@code null} on output.
 */
record RoutingOutcome(Optional<RoutingDecision> decision, Optional<String> reason) {

    /** Stands for an organisme the input does not name; never shown. */
    static final String UNKNOWN = "?";

    RoutingOutcome {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
    }

    /** Asks the router; a refusal (nothing to claim) becomes the reason. */
    static RoutingOutcome route(CoverageRouter router, PricedInvoice invoice, RoutingFacts facts) {
        boolean amoClaim = invoice.amo().cents() > 0;
        boolean amcPart = invoice.amc().cents() > 0;
        RoutingRequest request = new RoutingRequest(facts.amoOrganisme().orElse(UNKNOWN), amoClaim,
                amcPart ? facts.amcManagement() : AmcManagement.NONE,
                amcPart ? Optional.of(facts.amcOrganisme().orElse(UNKNOWN)) : Optional.empty(),
                facts.tiersPayantAmo(), facts.tiersPayantAmc(), facts.concentrator());
        try {
            return new RoutingOutcome(Optional.of(router.route(request)), Optional.empty());
        } catch (IllegalArgumentException e) {
            return new RoutingOutcome(Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
        }
    }

    /** A destination as shown: {@code null} when unknown. */
    Object known(Optional<String> destination) {
        return destination.filter(value -> !UNKNOWN.equals(value)).<Object>map(value -> value).orElse(JsonNull.NULL);
    }
}
