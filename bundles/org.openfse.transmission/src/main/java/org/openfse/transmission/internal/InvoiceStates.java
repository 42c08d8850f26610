package org.openfse.transmission.internal;

import java.util.logging.Logger;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Invoice;

/**
 * The one place where lots move their invoices' states (IN_LOT, SENT, ARL_POSITIVE...), through
 * {@link BillingService#moveTo(Transaction, long, InvoiceState, String)} inside the lot's
 * transaction (the invoice object of that transaction is written, with its lot). A move the invoice
 * lifecycle refuses is left out and logged: the lot's own move goes on, the lot is the truth of
 * what was sent.
 */
final class InvoiceStates {

    private static final Logger LOG = Logger.getLogger(InvoiceStates.class.getName());

    private final BillingService billing;

    InvoiceStates(BillingService billing) {
        this.billing = billing;
    }

    /**
     * Moves a stored invoice (read in {@code tx}) to {@code to}; returns whether it moved. When it
     * did not move, the caller writes its own changes of the invoice.
     */
    boolean move(Transaction tx, Invoice invoice, InvoiceState to, String reason) {
        InvoiceState from = invoice.getState();
        if (from == to) {
            return false;
        }
        if (!billing.nextStates(from).contains(to)) {
            LOG.warning(() -> "invoice " + invoice.getNumber() + ": " + from + " -> " + to
                    + " refused by the invoice lifecycle, left in " + from);
            return false;
        }
        billing.moveTo(tx, tx.repository(Invoice.class).idOf(invoice), to, reason);
        return true;
    }
}
