package org.openfse.ui.optician.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** French texts of the optique screens, from {@code messages.properties}. */
final class OpticianMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.openfse.ui.optician.internal.messages");

    private OpticianMessages() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    static String format(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
