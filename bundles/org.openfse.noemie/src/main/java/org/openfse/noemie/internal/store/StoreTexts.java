package org.openfse.noemie.internal.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts of the import and lettrage ({@code org/openfse/noemie/internal/messages.properties}). */
final class StoreTexts {

    private static final String BASE_NAME = "org.openfse.noemie.internal.messages";

    private StoreTexts() {
    }

    static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, Locale.getDefault(), StoreTexts.class.getClassLoader());
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), Locale.FRANCE).format(plain);
    }
}
