package org.openfse.store.derby.internal;

import java.util.Locale;
import java.util.Map;

/** SQL names from EMF names: {@code careDate} → {@code CARE_DATE}, {@code InvoiceLine} → {@code INVOICE_LINE}. */
final class Names {

    /** Features whose natural column name is a word Derby reserves: {@code Class.feature → column}. */
    private static final Map<String, String> RESERVED = Map.of(
            "Forcing.at", "FORCED_AT",
            "Forcing.by", "FORCED_BY",
            "Forcing.indicator", "FORCING_INDICATOR");

    private Names() {
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(camel.charAt(i - 1)) || Character.isDigit(camel.charAt(i - 1)))) {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The column of a feature declared (or inherited) by {@code owner}. */
    static String column(String owner, String feature) {
        return RESERVED.getOrDefault(owner + "." + feature, snake(feature));
    }
}
