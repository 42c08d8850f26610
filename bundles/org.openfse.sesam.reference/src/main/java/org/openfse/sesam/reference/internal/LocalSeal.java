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

    private static final byte[] PENDING_TAG = "openfse-reference-pending-v1".getBytes(StandardCharsets.US_ASCII);

    /**
     * The seal of the first step of a désynchronisé securing: practitioner, invoice number, start
     * instant and content, under a tag of its own so that it can never pass for a final seal.
     */
    byte[] sealPending(String psNumber, InvoiceNumber invoice, java.time.Instant startedAt, byte[] content) {
        byte[] ps = psNumber.getBytes(StandardCharsets.UTF_8);
        ByteBuffer framed = ByteBuffer.allocate(PENDING_TAG.length + Integer.BYTES + ps.length + Integer.BYTES
                + Long.BYTES + Integer.BYTES + Integer.BYTES + content.length);
        framed.put(PENDING_TAG).putInt(ps.length).put(ps).putInt(invoice.value()).putLong(startedAt.getEpochSecond())
                .putInt(startedAt.getNano()).putInt(content.length).put(content);
        return mac().doFinal(framed.array());
    }

    /** Whether {@code seal} is the pending seal of these values. */
    boolean verifyPending(String psNumber, InvoiceNumber invoice, java.time.Instant startedAt, byte[] content, byte[] seal) {
        return MessageDigest.isEqual(sealPending(psNumber, invoice, startedAt, content), seal);
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
