package org.openfse.ui.doctor.internal;

import java.util.ResourceBundle;

/** French texts of the médecine screens, from {@code messages.properties}. */
final class DoctorMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.openfse.ui.doctor.internal.messages");

    private DoctorMessages() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }
}
