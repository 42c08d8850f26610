package org.openfse.noemie.internal.store;

import java.util.logging.Logger;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Invoice;

/**
 * The one place where returns move invoice states: through the billing service's
 * {@code moveTo(tx, ...)}, inside the lettrage's transaction, so that its state machine and audit
 * apply. A return may arrive before the lot's ARL: an invoice still {@code SENT} is first moved to
 * {@code ARL_POSITIVE} (the payer answered, so it received the lot). A move the state machine
 * refuses is logged and reported, never forced.
 */
final class InvoiceStateMover {

    private static final Logger LOG = Logger.getLogger(InvoiceStateMover.class.getName());

    private final BillingService billing;

    InvoiceStateMover(BillingService billing) {
        this.billing = billing;
    }

    /** Whether the invoice is (now) in {@code to}. */
    boolean move(Transaction tx, Invoice invoice, long invoiceId, InvoiceState to, String reason) {
        InvoiceState from = invoice.getState();
        if (from == to) {
            return true;
        }
        if (billing == null) {
            LOG.warning("no billing service: invoice " + invoice.getNumber() + " stays " + from + " (would be " + to + ")");
            return false;
        }
        try {
            if (from == InvoiceState.SENT) {
                billing.moveTo(tx, invoiceId, InvoiceState.ARL_POSITIVE, "NOEMIE return received");
            }
            billing.moveTo(tx, invoiceId, to, reason);
            return true;
        } catch (IllegalTransitionException e) {
            LOG.warning("NOEMIE return cannot move invoice " + invoice.getNumber() + " from " + from + " to " + to + ": "
                    + e.getMessage());
            return false;
        }
    }
}
