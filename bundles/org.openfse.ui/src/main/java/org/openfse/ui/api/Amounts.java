package org.openfse.ui.api;

import org.openfse.core.Money;

/** Amounts as the French screens of seed 002 show them: {@code 415,00} and {@code 415,00 €}. */
public final class Amounts {

    private Amounts() {
    }

    /** {@code 415,00}. */
    public static String plain(Money money) {
        return money.toString().replace('.', ',');
    }

    /** {@code 415,00 €}. */
    public static String euros(Money money) {
        return plain(money) + " €";
    }
}
