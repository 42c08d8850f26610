package org.openfse.store.derby.internal.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts of the store's commands ({@code messages.properties} next to this class). */
final class Texts {

    private static final String BASE_NAME = Texts.class.getPackageName() + ".messages";

    private Texts() {
    }

    static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, Locale.getDefault(), Texts.class.getClassLoader());
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // numbers as typed (line 1234, not "1 234")
            plain[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), Locale.FRANCE).format(plain);
    }
}
