package org.openfse.core;

import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A French social security number (NIR): 13 characters and a 2-digit control key.
 *
 * <p>The key is {@code 97 - (NIR mod 97)}. For people born in Corsica the department
 * is {@code 2A} or {@code 2B}; for the computation {@code 2A} is replaced by {@code 19}
 * and {@code 2B} by {@code 18} (DOMAIN.md, "Actors and flows").
 *
 * @param body the 13 characters (digits, with {@code A} or {@code B} at position 7 for Corsica)
 * @param key the control key, 1 to 97
 */
public record Nir(String body, int key) {

    private static final Pattern BODY = Pattern.compile("[12378]\\d{4}(\\d{2}|2[AB])\\d{6}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Nir {
        Objects.requireNonNull(body, "body");
        if (!BODY.matcher(body).matches()) {
            throw new IllegalArgumentException(Reason.FORMAT.name());
        }
        if (key != keyOf(body)) {
            throw new IllegalArgumentException(Reason.KEY.name());
        }
    }

    /** Why a text is not a valid NIR. */
    public enum Reason {
        /** Not 13 characters of the expected shape. */
        FORMAT,
        /** The control key does not match. */
        KEY
    }

    /**
     * Parses 15 characters (spaces allowed between groups): 13 for the body, 2 for the key.
     *
     * @throws IllegalArgumentException whose message is a {@link Reason} name
     */
    public static Nir parse(String text) {
        String compact = Objects.requireNonNull(text, "text").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.length() != 15 || !compact.substring(13).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(Reason.FORMAT.name());
        }
        return new Nir(compact.substring(0, 13), Integer.parseInt(compact.substring(13)));
    }

    /** Computes the control key of a 13-character body. */
    public static int keyOf(String body) {
        String numeric = body.replace("2A", "19").replace("2B", "18");
        if (body.length() != 13 || !numeric.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(Reason.FORMAT.name());
        }
        return 97 - new BigInteger(numeric).mod(NINETY_SEVEN).intValue();
    }

    /** The 15-character form, key on two digits. */
    @Override
    public String toString() {
        return body + String.format("%02d", key);
    }
}
