package org.openfse.billing.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.sesam.PendingSecuring;
import org.openfse.core.store.Transaction;

/**
 * Where the seal of a secured invoice is kept: the practice setting
 * {@code billing.seal.<invoiceId>} = {@code <engineId> <base64 seal>}, written in the securing
 * transaction (and so in the audit trail). The model has no field for it yet (report: an
 * {@code Invoice.sealEngine} and {@code Invoice.seal} would be the right place).
 */
final class Seals {

    static final String PREFIX = "billing.seal.";
    /** Setting prefix of a désynchronisé first step waiting for the CPS. */
    static final String PENDING = "billing.pending.";

    private Seals() {
    }

    /** A stored seal. */
    record Seal(String engineId, byte[] value) {
    }

    static void put(Transaction tx, long invoiceId, String engineId, byte[] seal) {
        tx.putSetting(PREFIX + invoiceId, engineId + " " + Base64.getEncoder().encodeToString(seal));
    }

    static Optional<Seal> get(Transaction tx, long invoiceId) {
        return tx.setting(PREFIX + invoiceId).flatMap(Seals::parse);
    }

    static Optional<Seal> parse(String text) {
        int space = text.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Seal(text.substring(0, space), Base64.getDecoder().decode(text.substring(space + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Keeps a désynchronisé first step: {@code engineId psNumber startedAt base64(content) base64(seal)}. */
    static void putPending(Transaction tx, long invoiceId, PendingSecuring pending) {
        Base64.Encoder b64 = Base64.getEncoder();
        tx.putSetting(PENDING + invoiceId, pending.engineId() + " " + pending.psNumber() + " " + pending.startedAt() + " "
                + b64.encodeToString(pending.content()) + " " + b64.encodeToString(pending.seal()));
    }

    static void removePending(Transaction tx, long invoiceId) {
        if (tx.setting(PENDING + invoiceId).isPresent()) {
            tx.putSetting(PENDING + invoiceId, null);
        }
    }

    static Optional<PendingSecuring> pending(Transaction tx, long invoiceId, InvoiceNumber number) {
        return tx.setting(PENDING + invoiceId).flatMap(text -> parsePending(text, number));
    }

    static Optional<PendingSecuring> parsePending(String text, InvoiceNumber number) {
        String[] parts = text.split(" ");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return Optional.of(new PendingSecuring(parts[1], number, b64.decode(parts[3]), parts[0], Instant.parse(parts[2]),
                    b64.decode(parts[4])));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
