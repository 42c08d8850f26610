package org.openfse.model.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openfse.core.Nir;

/**
 * Checks a NIR as entered or read: the 13-character body and its 2-digit key. The key rule, with
 * Corsica's 2A and 2B counted as 19 and 18, is {@link Nir#keyOf(String)} (DOMAIN.md).
 */
public final class NirValidator {

    private static final Pattern KEY = Pattern.compile("\\d{2}");

    private NirValidator() {
    }

    /**
     * Checks a body and its key, each possibly with spaces.
     *
     * @return empty when valid; otherwise {@code nir.format}, {@code nir.key.missing} or
     *         {@code nir.key} (arguments: the key given, the key expected)
     */
    public static Optional<Problem> check(String body, String key) {
        String compactBody = compact(body);
        String compactKey = compact(key);
        try {
            new Nir(compactBody, 0);
        } catch (IllegalArgumentException e) {
            if (Nir.Reason.FORMAT.name().equals(e.getMessage())) {
                return Optional.of(Problem.error("nir.format", compactBody));
            }
            // KEY: the body has the right shape; the key is looked at below.
        }
        if (compactKey.isEmpty()) {
            return Optional.of(Problem.error("nir.key.missing", compactBody));
        }
        if (!KEY.matcher(compactKey).matches()) {
            return Optional.of(Problem.error("nir.key.format", compactKey));
        }
        int expected = Nir.keyOf(compactBody);
        if (Integer.parseInt(compactKey) != expected) {
            return Optional.of(Problem.error("nir.key", compactKey, String.format(Locale.ROOT, "%02d", expected)));
        }
        return Optional.empty();
    }

    /** Checks the 15-character form (body then key, spaces allowed: {@code 1 84 12 76 451 089 46}). */
    public static Optional<Problem> check(String fifteen) {
        String compact = compact(fifteen);
        if (compact.length() < 13) {
            return Optional.of(Problem.error("nir.format", compact));
        }
        return check(compact.substring(0, 13), compact.substring(13));
    }

    private static String compact(String text) {
        return text == null ? "" : text.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
