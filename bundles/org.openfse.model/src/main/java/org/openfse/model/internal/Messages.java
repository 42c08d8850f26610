package org.openfse.model.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The French texts of this bundle, read from {@code org/openfse/model/internal/messages.properties}
 * through the bundle's own class loader. The base file is French; no other locale is looked up,
 * so the text does not depend on the JVM's default locale.
 */
public final class Messages {

    static final String BASE_NAME = "org.openfse.model.internal.messages";

    private static final Messages INSTANCE = new Messages(ResourceBundle.getBundle(BASE_NAME, Locale.ROOT,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The messages of this bundle (immutable, loaded once). */
    public static Messages get() {
        return INSTANCE;
    }

    /** Whether the key exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The message for {@code key} with the arguments inserted by {@link MessageFormat}.
     *
     * @throws java.util.MissingResourceException when the key is missing
     */
    public String format(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        return new MessageFormat(bundle.getString(key), Locale.FRANCE).format(arguments);
    }
}
