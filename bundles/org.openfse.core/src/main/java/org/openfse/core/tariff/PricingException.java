package org.openfse.core.tariff;

import java.util.Objects;

/**
 * Pricing was refused. {@link #field()} names the input field at fault
 * ({@code specialty}, {@code date}, {@code lines[2].code}...).
 */
public final class PricingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why pricing was refused. */
    public enum Reason {
        /** No rule is installed for the specialty. */
        NO_RULE_FOR_SPECIALTY,
        /** The act or LPP code is not in the specialty's nomenclature. */
        UNKNOWN_CODE,
        /** The code exists but had no price on the day of care (a date before a price existed). */
        NO_PRICE_AT_DATE,
        /** A value is missing or inconsistent (a unit price for a tariff-priced act, a negative amount...). */
        INVALID_VALUE
    }

    private final Reason reason;
    private final String field;

    public PricingException(Reason reason, String field, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = Objects.requireNonNull(field, "field");
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
