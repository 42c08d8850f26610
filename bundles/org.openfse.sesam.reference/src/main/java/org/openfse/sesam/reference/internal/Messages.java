package org.openfse.sesam.reference.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The French texts of this bundle, read from {@code OSGI-INF/l10n/messages.properties} through the
 * bundle's own class loader. The base file is French; no other locale is looked up, so the text
 * does not depend on the JVM's default locale.
 */
final class Messages {

    static final String BASE_NAME = "OSGI-INF.l10n.messages";

    private static final Locale FRENCH = Locale.FRANCE;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Loads the bundle's messages. */
    static Messages load() {
        return new Messages(ResourceBundle.getBundle(BASE_NAME, Locale.ROOT, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A day as the screens write it ({@code 28/05/2024}). */
    static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    /** Whether the key exists. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The message for {@code key} with the arguments inserted by {@link MessageFormat}.
     *
     * @throws java.util.MissingResourceException when the key is missing
     */
    String format(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        return new MessageFormat(bundle.getString(key), FRENCH).format(arguments);
    }
}
