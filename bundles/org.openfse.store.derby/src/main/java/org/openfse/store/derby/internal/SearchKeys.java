package org.openfse.store.derby.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search keys of names: upper case, no accents, single spaces ({@code "Élodie  d'Aubigné"} →
 * {@code "ELODIE D'AUBIGNE"}). The store writes them in SEARCH_NAME / SORT_NAME columns, and
 * turns what the user types the same way, so that a search ignores case and accents.
 */
final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKeys() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE")
                .replace("æ", "ae");
        return SPACES.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** {@code LAST FIRST}, or {@code null} when both are empty. */
    static String name(String lastName, String firstName) {
        String key = (normalize(lastName) + " " + normalize(firstName)).strip();
        return key.isEmpty() ? null : key;
    }

    /** A LIKE pattern matching keys that start with the typed text (wildcards escaped with {@code !}). */
    static String prefixPattern(String typed) {
        return escape(normalize(typed)) + "%";
    }

    /** Escapes LIKE wildcards with {@code !} (queries say {@code ESCAPE '!'}). */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
