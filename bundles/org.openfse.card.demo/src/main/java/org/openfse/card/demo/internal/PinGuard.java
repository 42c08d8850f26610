package org.openfse.card.demo.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;

/**
 * The PIN counter of a card: {@value #MAX_TRIES} tries; a right PIN resets the counter; the
 * last wrong one blocks the card for good (for the life of this object). Thread-safe.
 */
final class PinGuard {

    static final int MAX_TRIES = 3;

    private final byte[] expected;
    private int triesLeft = MAX_TRIES;

    PinGuard(String expectedPin) {
        this.expected = expectedPin.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws CardException WRONG_PIN with the tries left, or PIN_BLOCKED (also when the card was
     *         already blocked, whatever the PIN)
     */
    synchronized void verify(char[] pin) throws CardException {
        Objects.requireNonNull(pin, "pin");
        if (triesLeft == 0) {
            throw new CardException(Reason.PIN_BLOCKED, "the card is blocked", 0, null);
        }
        if (matches(pin)) {
            triesLeft = MAX_TRIES;
            return;
        }
        triesLeft--;
        if (triesLeft == 0) {
            throw new CardException(Reason.PIN_BLOCKED, "wrong PIN: the card is now blocked", 0, null);
        }
        throw new CardException(Reason.WRONG_PIN, "wrong PIN", triesLeft, null);
    }

    synchronized int triesLeft() {
        return triesLeft;
    }

    private boolean matches(char[] pin) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
        byte[] given = new byte[encoded.remaining()];
        encoded.get(given);
        try {
            return MessageDigest.isEqual(given, expected);
        } finally {
            Arrays.fill(given, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
