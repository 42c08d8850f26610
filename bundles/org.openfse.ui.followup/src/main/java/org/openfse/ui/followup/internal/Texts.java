package org.openfse.ui.followup.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** French texts of the follow-up screens, from {@code messages.properties} (base file French). */
public final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.openfse.ui.followup.internal.messages",
            Locale.ROOT, Texts.class.getClassLoader());

    private Texts() {
    }

    /** The text of a key with {@link MessageFormat} arguments (French locale), or {@code !key!} when missing. */
    public static String get(String key, Object... arguments) {
        try {
            String pattern = BUNDLE.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRANCE).format(arguments);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }

    /** The text of a key, or {@code fallback} when the messages have none. */
    public static String getOrDefault(String key, String fallback) {
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : fallback;
    }

    /** Whether the key exists (for the completeness tests). */
    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
