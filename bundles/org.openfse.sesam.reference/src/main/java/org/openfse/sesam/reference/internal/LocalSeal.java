package org.openfse.sesam.reference.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.sesam.SecureMode;

/**
 * HMAC-SHA256 over the invoice number, the secure mode and the content, with the local test key.
 *
 * <p>The three fields are framed without ambiguity: a fixed tag naming this seal and its version,
 * the invoice number as 4 bytes, the mode's name and the content each preceded by their length.
 * Verification recomputes the code and compares it in constant time.
 *
 * <p>This seal only detects that an invoice was changed after it was secured on this installation.
 * It is not a legal FSE signature.
 */
final class LocalSeal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] TAG = "openfse-reference-seal-v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    LocalSeal(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != SealKeyFile.KEY_LENGTH) {
            throw new IllegalArgumentException("seal key must be " + SealKeyFile.KEY_LENGTH + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The seal of these three values. */
    byte[] seal(InvoiceNumber invoice, SecureMode mode, byte[] content) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(content, "content");
        byte[] modeName = mode.name().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer framed = ByteBuffer.allocate(TAG.length + Integer.BYTES + Integer.BYTES + modeName.length
                + Integer.BYTES + content.length);
        framed.put(TAG).putInt(invoice.value()).putInt(modeName.length).put(modeName).putInt(content.length).put(content);
        return mac().doFinal(framed.array());
    }

    /** Whether {@code seal} is the seal of these three values. */
    boolean verify(InvoiceNumber invoice, SecureMode mode, byte[] content, byte[] seal) {
        return MessageDigest.isEqual(seal(invoice, mode, content), seal);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            // every Java platform must provide HmacSHA256
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
