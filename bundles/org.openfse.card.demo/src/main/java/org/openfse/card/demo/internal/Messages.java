package org.openfse.card.demo.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts of this bundle ({@code messages.properties} beside this class, from the bundle's class loader). */
public final class Messages {

    private static final String BASE_NAME = Messages.class.getPackageName() + ".messages";

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, Locale.ROOT, Messages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.FRANCE).format(arguments);
    }
}
