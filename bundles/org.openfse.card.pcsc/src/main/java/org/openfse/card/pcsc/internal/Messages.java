package org.openfse.card.pcsc.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts of this bundle ({@code messages.properties} next to this class). */
final class Messages {

    private static final String BASE_NAME = Messages.class.getPackageName() + ".messages";

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, Locale.getDefault(), Messages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.FRANCE).format(arguments);
    }
}
