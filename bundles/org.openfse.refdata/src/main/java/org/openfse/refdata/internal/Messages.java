package org.openfse.refdata.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The French texts of this bundle, read from {@code org/openfse/refdata/internal/messages.properties}
 * through the bundle's own class loader. The base file is French; no other locale is looked up.
 */
final class Messages {

    static final String BASE_NAME = "org.openfse.refdata.internal.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Messages load() {
        return new Messages(ResourceBundle.getBundle(BASE_NAME, Locale.ROOT, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String format(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        return new MessageFormat(bundle.getString(key), Locale.FRANCE).format(arguments);
    }
}
