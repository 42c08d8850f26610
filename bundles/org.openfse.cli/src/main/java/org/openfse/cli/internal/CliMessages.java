package org.openfse.cli.internal;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** French texts of the command line, from {@code messages.properties}. */
final class CliMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.openfse.cli.internal.messages");

    private CliMessages() {
    }

    static String get(String key, Object... arguments) {
        try {
            String pattern = BUNDLE.getString(key);
            return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }
}
