package org.openfse.billing.internal;

import java.util.Objects;
import org.openfse.core.billing.BillingException;
import org.openfse.core.billing.BillingException.Reason;

/** Builds the {@link BillingException}s of the service with their French messages. */
final class Refusals {

    private final Messages messages;

    Refusals(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    Messages messages() {
        return messages;
    }

    BillingException of(Reason reason, String key, Object... arguments) {
        return new BillingException(reason, messages.format(key, arguments));
    }

    BillingException notFound(String what, long id) {
        return of(Reason.NOT_FOUND, "notfound." + what, String.valueOf(id));
    }
}
