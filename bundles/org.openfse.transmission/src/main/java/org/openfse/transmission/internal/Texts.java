package org.openfse.transmission.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openfse.core.lot.LotException;

/** French texts of this bundle ({@code messages.properties}, base file French), from its own class loader. */
final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.openfse.transmission.internal.messages", Locale.ROOT, Texts.class.getClassLoader());

    private Texts() {
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.FRENCH).format(arguments);
    }

    static LotException error(String key, Object... arguments) {
        return new LotException(format(key, arguments));
    }
}
