package org.openfse.billing.internal;

import java.util.HashMap;
import java.util.Map;
import org.openfse.core.billing.BillingEvents;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.events.Topics;
import org.osgi.service.event.Event;

/** The events of {@link BillingEvents}, built in a transaction and posted after it commits. */
final class InvoiceEvents {

    private InvoiceEvents() {
    }

    static Event stateChanged(long invoiceId, String number, String psNumber, InvoiceState from, InvoiceState to,
            String reason) {
        Map<String, Object> properties = common(invoiceId, number, psNumber, reason);
        properties.put(Topics.FROM, from.name());
        properties.put(Topics.TO, to.name());
        return new Event(Topics.INVOICE_STATE_CHANGED, properties);
    }

    static Event changed(long invoiceId, String number, String psNumber, InvoiceState state, String reason) {
        Map<String, Object> properties = common(invoiceId, number, psNumber, reason);
        properties.put(Topics.TO, state.name());
        return new Event(BillingEvents.INVOICE_CHANGED, properties);
    }

    private static Map<String, Object> common(long invoiceId, String number, String psNumber, String reason) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(Topics.INVOICE, number);
        properties.put(BillingEvents.INVOICE_ID, invoiceId);
        properties.put(BillingEvents.PS_NUMBER, psNumber == null ? "" : psNumber);
        properties.put(BillingEvents.REASON, reason == null ? "" : reason);
        return properties;
    }
}
