package org.openfse.noemie.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts of the bundle ({@code messages.properties} of this package, in src/main/resources). */
final class Texts {

    private static final String BASE_NAME = Texts.class.getPackageName() + ".messages";

    private Texts() {
    }

    static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, Locale.getDefault(), Texts.class.getClassLoader());
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), Locale.FRANCE).format(plain);
    }
}
