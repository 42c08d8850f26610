package org.openfse.core.sesam;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link RateCheckService#validate}: messages per field, in dialog order.
 *
 * @param messages every message, errors and warnings
 * @since 1.1
 */
public record RateCheckValidation(List<FieldMessage> messages) {

    public RateCheckValidation {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }

    /** Whether no message is an error: the check may be saved and the invoice billed. */
    public boolean valid() {
        return errors().isEmpty();
    }

    /** The errors only. */
    public List<FieldMessage> errors() {
        return messages.stream().filter(m -> m.severity() == FieldMessage.Severity.ERROR).toList();
    }

    /** The messages of one field (to show under it). */
    public List<FieldMessage> messagesFor(RateCheckField field) {
        return messages.stream().filter(m -> m.field() == field).toList();
    }
}
