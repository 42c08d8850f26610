package org.openfse.transmission.internal.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An ARL of the "Caisse de TEST" (docs/oct-protocol.md section 5): one 128-character record,
 * possibly followed by CR/LF.
 *
 * @param positive status {@code P}
 * @param psNumber positions 5-13
 * @param lotNumber positions 17-19
 * @param code positions 26-29
 * @param fileName positions 30-77, trimmed
 * @param message positions 78-128, trimmed
 */
record ArlFile(boolean positive, String psNumber, int lotNumber, String code, String fileName, String message) {

    /** The ARL in {@code content}, or empty when it is not one. */
    static Optional<ArlFile> read(byte[] content) {
        String text = new String(content, StandardCharsets.US_ASCII).stripTrailing();
        if (text.length() < 29 || text.length() > 128 || !text.startsWith("ARL")) {
            return Optional.empty();
        }
        String record = text + " ".repeat(128 - text.length());
        char status = record.charAt(3);
        String ps = record.substring(4, 13);
        String lot = record.substring(16, 19);
        String code = record.substring(25, 29);
        if ((status != 'P' && status != 'N') || !ps.chars().allMatch(Character::isDigit)
                || !lot.chars().allMatch(Character::isDigit) || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new ArlFile(status == 'P', ps, Integer.parseInt(lot), code, record.substring(29, 77).strip(),
                record.substring(77).strip()));
    }

    /** Whether the bytes look like a NOEMIE-PS file (header record type {@code 000}). */
    static boolean looksLikeNoemie(byte[] content) {
        return content.length >= 128 && content[0] == '0' && content[1] == '0' && content[2] == '0';
    }
}
