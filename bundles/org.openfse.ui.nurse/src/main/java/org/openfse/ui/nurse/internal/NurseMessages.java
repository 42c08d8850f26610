package org.openfse.ui.nurse.internal;

import java.util.ResourceBundle;

/** French texts of the soins infirmiers screens, from {@code messages.properties}. */
final class NurseMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.openfse.ui.nurse.internal.messages");

    private NurseMessages() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }
}
