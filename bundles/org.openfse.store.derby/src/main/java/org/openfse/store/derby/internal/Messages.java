package org.openfse.store.derby.internal;

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

    /** The French name of an aggregate type with its article ({@code la facture}), or the type name. */
    static String entity(String type) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, Locale.getDefault(), Messages.class.getClassLoader());
        String key = "entity." + type;
        return bundle.containsKey(key) ? bundle.getString(key) : type;
    }

    /** A size in the French way: {@code 12,3 Go}, {@code 512 Mo}. */
    static String size(long bytes) {
        double gib = bytes / (1024.0 * 1024.0 * 1024.0);
        if (gib >= 1) {
            return String.format(Locale.FRANCE, "%.1f Go", gib);
        }
        return String.format(Locale.FRANCE, "%d Mo", bytes / (1024 * 1024));
    }
}
