package org.openfse.transmission.internal.exchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** French user texts of the exchange, {@code messages.properties} next to this package, from the bundle's class loader. */
final class Messages {

    private static final String BASE_NAME = Messages.class.getPackageName() + ".messages";

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, Locale.FRENCH, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), Locale.FRENCH).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
