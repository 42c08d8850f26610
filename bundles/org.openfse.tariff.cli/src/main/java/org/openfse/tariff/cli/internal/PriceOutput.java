package org.openfse.tariff.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openfse.core.Money;
import org.openfse.core.routing.RoutingDecision;
import org.openfse.core.tariff.Forcing;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.tariff.cli.internal.json.JsonNull;

/**
 * The JSON output of {@code price} (docs/cli.md): the priced lines, the totals, the routing, and
 * the forcings when the input had some. Amounts are strings with two decimals, the rate a whole
 * percentage. Members are in a fixed order.
 */
final class PriceOutput {

    private PriceOutput() {
    }

    /**
     * @param routing the router's decision, or a French reason why none could be made
     * @param facts the routing facts of the input, echoed (tiers payant)
     */
    static Map<String, Object> priced(PricedInvoice invoice, RoutingOutcome routing, RoutingFacts facts, Set<Forcing> forcings) {
        List<Object> lines = new ArrayList<>(invoice.lines().size());
        for (PricedLine line : invoice.lines()) {
            Map<String, Object> item = new LinkedHashMap<>(10);
            item.put("code", line.code());
            item.put("net", line.net().toString());
            item.put("base", line.base().toString());
            item.put("rate", line.rate());
            item.put("amo", line.amo().toString());
            item.put("amc", line.amc().toString());
            item.put("patient", line.patient().toString());
            lines.add(item);
        }
        Map<String, Object> result = new LinkedHashMap<>(6);
        result.put("lines", lines);
        result.put("totals", totals(invoice.net(), invoice.amo(), invoice.amc(), invoice.patient()));
        result.put("routing", routing(routing, facts));
        if (!forcings.isEmpty()) {
            result.put("forcings", forcings.stream().map(Forcing::code).toList());
        }
        return result;
    }

    /** {@code {"net":…,"amo":…,"amc":…,"patient":…}}. */
    static Map<String, Object> totals(Money net, Money amo, Money amc, Money patient) {
        Map<String, Object> totals = new LinkedHashMap<>(6);
        totals.put("net", net.toString());
        totals.put("amo", amo.toString());
        totals.put("amc", amc.toString());
        totals.put("patient", patient.toString());
        return totals;
    }

    /** The error object of a refused invoice: {@code {"error":{"line":…,"field":…,"message":…}}}; line only in batch mode. */
    static Map<String, Object> error(int line, String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>(4);
        if (line > 0) {
            error.put("line", line);
        }
        error.put("field", field);
        error.put("message", message);
        return Map.of("error", error);
    }

    private static Map<String, Object> routing(RoutingOutcome outcome, RoutingFacts facts) {
        Map<String, Object> routing = new LinkedHashMap<>(8);
        if (outcome.decision().isPresent()) {
            RoutingDecision decision = outcome.decision().get();
            routing.put("flow", decision.flow().name());
            routing.put("fseDestination", outcome.known(decision.fseDestination()));
            routing.put("dreDestination", outcome.known(decision.dreDestination()));
            routing.put("transport", decision.transportId());
        } else {
            routing.put("flow", JsonNull.NULL);
            routing.put("message", outcome.reason().orElse(""));
        }
        routing.put("tiersPayantAmo", facts.tiersPayantAmo());
        routing.put("tiersPayantAmc", facts.tiersPayantAmc());
        return routing;
    }
}
