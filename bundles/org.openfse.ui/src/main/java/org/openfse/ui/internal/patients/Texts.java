package org.openfse.ui.internal.patients;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** French user texts of this package, from its {@code messages.properties} (loaded from the bundle's class loader). */
public final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.openfse.ui.internal.patients.messages");

    private Texts() {
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
