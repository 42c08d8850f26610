package org.openfse.simulator.internal.caisse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/** Writes the simulator's ARL record, docs/oct-protocol.md section 5. */
final class ArlWriter {

    private ArlWriter() {
    }

    static byte[] write(boolean positive, String psNumber, String organisme, int lotNumber, LocalDate lotDate, String code,
            String fileName, String message) {
        char[] record = new char[128];
        Arrays.fill(record, ' ');
        put(record, 1, 3, "ARL");
        put(record, 4, 4, positive ? "P" : "N");
        put(record, 5, 13, digits(psNumber, 9));
        put(record, 14, 16, digits(organisme, 3));
        put(record, 17, 19, "%03d".formatted(Math.max(0, Math.min(999, lotNumber))));
        put(record, 20, 25, lotDate == null ? "000000"
                : "%02d%02d%02d".formatted(lotDate.getYear() % 100, lotDate.getMonthValue(), lotDate.getDayOfMonth()));
        put(record, 26, 29, code);
        put(record, 30, 77, ascii(fileName));
        put(record, 78, 128, ascii(message).toUpperCase(java.util.Locale.ROOT));
        return new String(record).getBytes(StandardCharsets.US_ASCII);
    }

    private static String digits(String value, int width) {
        String only = value.replaceAll("[^0-9]", "");
        only = only.length() > width ? only.substring(only.length() - width) : only;
        return "0".repeat(width - only.length()) + only;
    }

    private static String ascii(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return out.toString();
    }

    private static void put(char[] record, int start, int end, String value) {
        int width = end - start + 1;
        String cut = value.length() > width ? value.substring(0, width) : value;
        cut.getChars(0, cut.length(), record, start - 1);
    }
}
