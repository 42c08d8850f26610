package org.openfse.transmission.mail.internal;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong in a configuration.
 *
 * @param attribute the configuration attribute ({@code smtpPort})
 * @param code stable message key in {@code messages.properties} ({@code port.range})
 * @param arguments values for the message
 */
record SettingsProblem(String attribute, String code, List<Object> arguments) {

    SettingsProblem {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }
}
