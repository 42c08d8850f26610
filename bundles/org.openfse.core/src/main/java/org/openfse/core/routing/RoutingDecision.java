package org.openfse.core.routing;

import java.util.Objects;
import java.util.Optional;

/**
 * Where and how an invoice goes.
 *
 * @param flow the documents produced
 * @param fseDestination organisme receiving the FSE, when there is one
 * @param dreDestination organisme receiving the DRE, when there is one
 * @param transportId id of the {@link org.openfse.core.transport.Transport} to use
 *        ({@code mail} for direct sending, or the concentrator's id)
 */
public record RoutingDecision(InvoiceFlow flow, Optional<String> fseDestination, Optional<String> dreDestination, String transportId) {
    public RoutingDecision {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(fseDestination, "fseDestination");
        Objects.requireNonNull(dreDestination, "dreDestination");
        Objects.requireNonNull(transportId, "transportId");
    }
}
