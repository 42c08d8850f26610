package org.openfse.core.billing;

/**
 * States of an invoice (DOMAIN.md, "Invoice lifecycle"). The allowed moves between them are
 * given by {@link BillingService#nextStates(InvoiceState)}.
 */
public enum InvoiceState {
    /** Being entered. */
    DRAFT,
    /** "Vérification du taux" done; any change of the invoice sends it back to DRAFT. */
    RATES_CHECKED,
    /** Secured by the SESAM engine: it has its number and mode. */
    SECURED,
    /** Put in a lot. */
    IN_LOT,
    /** Its lot was sent. */
    SENT,
    /** Its lot got a positive ARL. */
    ARL_POSITIVE,
    /** Its lot got a negative ARL: to be sent again. */
    ARL_NEGATIVE,
    /** Sent in a mode that expects no ARL (dégradé). */
    NO_ARL_EXPECTED,
    /** Paid as expected. */
    PAID,
    /** Partly paid. */
    PARTLY_PAID,
    /** Rejected by the payer. */
    REJECTED,
    /** Paid an amount other than expected. */
    ANOMALY,
    /** Cancelled before transmission. */
    CANCELLED,
    /** Taken back (défacturée): a negative counterpart exists, the folder waits in the recycling list. */
    DEFACTURED,
    /** Billed again under a new number, which it points to ("Recyclée"). */
    RECYCLED;

    /** Whether no move leaves this state. */
    public boolean isFinal() {
        return this == PAID || this == CANCELLED || this == RECYCLED;
    }
}
