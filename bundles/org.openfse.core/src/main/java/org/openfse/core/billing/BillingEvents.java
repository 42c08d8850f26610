package org.openfse.core.billing;

/**
 * Event Admin events posted by the billing service after each committed change, so that screens
 * refresh. State changes use {@link org.openfse.core.events.Topics#INVOICE_STATE_CHANGED} with
 * the properties {@link org.openfse.core.events.Topics#INVOICE} (9-digit number),
 * {@link org.openfse.core.events.Topics#FROM}, {@link org.openfse.core.events.Topics#TO} and
 * those below; a creation or an edit that keeps the state posts {@link #INVOICE_CHANGED}.
 */
public final class BillingEvents {

    /** An invoice was created or changed without changing state. Properties as below, and {@code to}. */
    public static final String INVOICE_CHANGED = "org/openfse/invoice/CHANGED";
    /** Every invoice topic (state changes included). */
    public static final String INVOICE_ALL = "org/openfse/invoice/*";

    /** Store id of the invoice, a {@code Long}. */
    public static final String INVOICE_ID = "invoiceId";
    /** PS number of the practitioner, a {@code String}. */
    public static final String PS_NUMBER = "psNumber";
    /** Why the change was made, a {@code String} (may be empty). */
    public static final String REASON = "reason";

    private BillingEvents() {
    }
}
