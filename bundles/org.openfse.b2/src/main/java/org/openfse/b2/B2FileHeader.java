package org.openfse.b2;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the file header (000) and trailer (999) say (B2.md 5.1 and 5.29).
 *
 * @param senderType {@code TP} for a health professional sending its own file
 * @param senderNumber up to 14 digits (ASSUMPTION of B2.md 5.1: the PS number, right-aligned, zero-filled)
 * @param recipientType 2 characters (codes UNKNOWN, U8)
 * @param recipientNumber up to 14 digits (numeric in the 999 trailer)
 * @param application 2 characters (codes UNKNOWN, U8)
 * @param fileId 6 characters identifying the file, repeated in the trailer
 * @param creationDate the file's creation day (positions 56-61)
 * @param norm 4 characters; {@code "CP  "} would switch to the establishment layouts, which this
 *        writer does not produce
 * @param normVersion 2 characters (source value {@code B2})
 * @param message free text (positions 92-128), cut at 37 characters
 */
public record B2FileHeader(String senderType, String senderNumber, String recipientType, String recipientNumber,
        String application, String fileId, LocalDate creationDate, String norm, String normVersion, String message) {

    public B2FileHeader {
        Objects.requireNonNull(senderType, "senderType");
        Objects.requireNonNull(senderNumber, "senderNumber");
        Objects.requireNonNull(recipientType, "recipientType");
        Objects.requireNonNull(recipientNumber, "recipientNumber");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(normVersion, "normVersion");
        message = message == null ? "" : message;
        if (norm.equals("CP  ")) {
            throw new IllegalArgumentException("the CP (establishment) layouts are not written");
        }
    }
}
