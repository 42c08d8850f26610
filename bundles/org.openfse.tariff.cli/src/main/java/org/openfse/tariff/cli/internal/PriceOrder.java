package org.openfse.tariff.cli.internal;

import java.util.Objects;
import org.openfse.core.tariff.PricingRequest;

/** One invoice of the input: what to price and how to route it. */
record PriceOrder(PricingRequest request, RoutingFacts routing) {
    PriceOrder {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(routing, "routing");
    }
}
