package org.openfse.core.returns;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The header record 000 of a NOEMIE-PS file (NOEMIE-PS.md 7.1).
 *
 * @param senderType organisation type of the sender ({@code CP}...)
 * @param sender sender number (14 digits as read)
 * @param recipientType organisation type of the recipient ({@code TP} for a professional)
 * @param recipient recipient number (14 characters as read; the PS number right-aligned)
 * @param fileId file identifier (6 characters)
 * @param created file creation date, {@code null} when unreadable
 * @param flowType {@code R} real (or blank), {@code T} test, {@code D} demonstration
 * @param message free message area (positions 92-128), trimmed
 */
public record ReturnHeader(String senderType, String sender, String recipientType, String recipient, String fileId,
        LocalDate created, String flowType, String message) {

    public ReturnHeader {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(fileId, "fileId");
    }

    /** The recipient number without its leading zeros (the PS number, e.g. {@code 992604231}). */
    public String recipientNumber() {
        String stripped = recipient.strip().replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    /** Whether the file is a test or demonstration flow. */
    public boolean test() {
        return "T".equals(flowType) || "D".equals(flowType);
    }
}
