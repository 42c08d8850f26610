package org.openfse.noemie.internal.store;

import org.openfse.core.Money;
import org.openfse.core.returns.FinancialMovement;

/**
 * The model's {@code Retenue} has one text {@code reason} for what a 250 says in three fields:
 * it holds {@code "<kind of debt> <kind of operation> <balance>"}, e.g. {@code "ODL RPR 0.00"}
 * (a workaround until the model has the fields, see the issue 9 report).
 */
final class RetenueReason {

    private RetenueReason() {
    }

    static String of(FinancialMovement movement) {
        return blankAs(movement.debtKind()) + " " + blankAs(movement.operation()) + " " + movement.balance();
    }

    static String kind(String reason) {
        return part(reason, 0);
    }

    static String operation(String reason) {
        return part(reason, 1);
    }

    static Money balance(String reason) {
        String text = part(reason, 2);
        try {
            return text.isEmpty() ? Money.ZERO : Money.parse(text);
        } catch (IllegalArgumentException e) {
            return Money.ZERO;
        }
    }

    private static String part(String reason, int index) {
        String[] parts = reason == null ? new String[0] : reason.split(" ");
        String value = index < parts.length ? parts[index] : "";
        return value.equals("-") ? "" : value;
    }

    private static String blankAs(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
