package org.openfse.billing.internal;

import java.util.List;
import java.util.logging.Logger;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Invoice;
import org.osgi.service.event.Event;

/**
 * One transaction's work on invoices: every state change goes through the {@link InvoiceLifecycle}
 * and records its reason in the same transaction; the events to post after the commit are
 * collected here.
 */
final class Unit {

    private static final Logger LOG = Logger.getLogger(Unit.class.getName());

    /** Practice setting holding the last state change and its reason; its history is the audit trail. */
    static final String LAST_TRANSITION = "billing.lastTransition";

    final Transaction tx;
    private final List<Event> pending;
    private final InvoiceLifecycle lifecycle;

    Unit(Transaction tx, List<Event> pending, InvoiceLifecycle lifecycle) {
        this.tx = tx;
        this.pending = pending;
        this.lifecycle = lifecycle;
    }

    /** Moves the invoice through the state machine and records why; the caller updates it. */
    void transition(Invoice invoice, InvoiceState to, String reason) {
        InvoiceState from = invoice.getState() == null ? InvoiceState.DRAFT : invoice.getState();
        String number = invoice.getNumber().toString();
        lifecycle.requireTransition(number, from, to);
        invoice.setState(to);
        String why = reason == null ? "" : reason.strip();
        tx.putSetting(LAST_TRANSITION, "{\"invoiceId\":" + invoice.getId() + ",\"number\":\"" + number + "\",\"from\":\""
                + from + "\",\"to\":\"" + to + "\",\"reason\":\"" + json(why) + "\"}");
        String ps = tx.resolve(invoice.getPractitioner()).getPsNumber();
        pending.add(InvoiceEvents.stateChanged(invoice.getId(), number, ps, from, to, why));
        LOG.fine(() -> "invoice " + number + " of " + ps + ": " + from + " -> " + to + " (" + why + ")");
    }

    void changed(Invoice invoice, String reason) {
        String ps = tx.resolve(invoice.getPractitioner()).getPsNumber();
        pending.add(InvoiceEvents.changed(invoice.getId(), invoice.getNumber().toString(), ps, invoice.getState(), reason));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
