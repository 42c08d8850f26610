package org.openfse.transmission.internal.exchange;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The practice's routes, organisme prefix → transport id, as written in the setting
 * {@code transport.routes}: {@code prefix=transportId} pairs separated by {@code ;}. The longest
 * prefix that starts a destination's digits wins.
 */
final class RouteTable {

    private final TreeMap<String, String> routes = new TreeMap<>();

    static RouteTable parse(String setting) {
        RouteTable table = new RouteTable();
        if (setting == null) {
            return table;
        }
        for (String pair : setting.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String prefix = pair.substring(0, equals).strip();
                String transport = pair.substring(equals + 1).strip();
                if (validPrefix(prefix) && !transport.isEmpty()) {
                    table.routes.put(prefix, transport);
                }
            }
        }
        return table;
    }

    static boolean validPrefix(String prefix) {
        return prefix != null && prefix.matches("[0-9]{2,9}");
    }

    Optional<String> lookup(String destination) {
        String digits = destination.replaceAll("[^0-9]", "");
        String best = null;
        for (String prefix : routes.keySet()) {
            if (digits.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return Optional.ofNullable(best).map(routes::get);
    }

    RouteTable with(String prefix, String transportId) {
        RouteTable copy = new RouteTable();
        copy.routes.putAll(routes);
        if (transportId == null || transportId.isBlank()) {
            copy.routes.remove(prefix);
        } else {
            copy.routes.put(prefix, transportId.strip());
        }
        return copy;
    }

    Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(routes));
    }

    /** The setting's value; {@code null} when there is no route. */
    String format() {
        if (routes.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        routes.forEach((prefix, transport) -> text.append(text.isEmpty() ? "" : ";").append(prefix).append('=').append(transport));
        return text.toString();
    }
}
