package org.openfse.core.billing;

import java.util.List;
import java.util.Objects;

/**
 * One finding of an {@link InvoiceCheck}.
 *
 * @param checkId the id of the check that found it
 * @param severity BLOCKING refuses securing; WARNING lets the user go on
 * @param messageKey key of the French message in the check's bundle ({@code OSGI-INF/l10n})
 * @param arguments values inserted in the message
 * @param message the message already rendered in French, for logs and the command line
 */
public record CheckResult(String checkId, Severity severity, String messageKey, List<String> arguments, String message) {
    public CheckResult {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(message, "message");
    }

    /** How serious a finding is. */
    public enum Severity { BLOCKING, WARNING }
}
