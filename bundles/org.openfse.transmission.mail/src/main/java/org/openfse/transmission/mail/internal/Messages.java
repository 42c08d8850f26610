package org.openfse.transmission.mail.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User texts of this bundle, from {@code messages.properties} next to this class (French base
 * file), loaded from the bundle's class loader. The JVM's default locale is never used as a
 * fallback, so a missing translation gives the French text.
 */
final class Messages {

    private static final String BASE_NAME = Messages.class.getPackageName() + ".messages";

    private Messages() {
    }

    /** The text of {@code key} with its arguments, in {@code locale} or French. */
    static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
