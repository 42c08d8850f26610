package org.openfse.core.sesam;

import java.util.Objects;

/**
 * One message of a validation, attached to a field of the dialog.
 *
 * @param field the field to mark
 * @param severity an error blocks the check; a warning informs
 * @param text French text for the user
 * @since 1.1
 */
public record FieldMessage(RateCheckField field, Severity severity, String text) {

    /** How serious a message is. */
    public enum Severity { ERROR, WARNING }

    public FieldMessage {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
    }
}
