package org.openfse.ui.internal;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** French user texts of the workbench shell, from {@code messages.properties}. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.openfse.ui.internal.messages");

    private Messages() {
    }

    /** The text for a key, with {@link MessageFormat} arguments. */
    public static String get(String key, Object... arguments) {
        try {
            String pattern = BUNDLE.getString(key);
            return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }
}
