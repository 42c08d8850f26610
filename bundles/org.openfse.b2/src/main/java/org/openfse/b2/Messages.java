package org.openfse.b2;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts of this bundle ({@code org/openfse/b2/messages.properties}, base file French). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.openfse.b2.messages", Locale.ROOT,
            Messages.class.getClassLoader());

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.FRENCH).format(arguments);
    }

    /** An error about one position of one record: "Enregistrement n° 3, colonne 27 : ...". */
    static B2FormatException error(long record, int column, String key, Object... arguments) {
        return new B2FormatException(record, column, format("error.at", record, column, format(key, arguments)));
    }
}
