package org.openfse.noemie.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NOEMIE-PS files built by hand from the layouts of NOEMIE-PS.md section 7 (positions 1-based,
 * numbers right-aligned zero-filled, text left-aligned space-filled, C1) and the framing of
 * section 3 (header, data records of indicator + 127-byte slice, trailer), independently of the
 * production code. PS number 992604231 and organisme 10349000 from seed 002.
 */
final class NoemieFiles {

    static final String PS = "992604231";

    private NoemieFiles() {
    }

    /** Fields placed by position. */
    static final class Layout {
        private final char[] chars;

        Layout(int length) {
            chars = new char[length];
            Arrays.fill(chars, ' ');
        }

        Layout text(int start, int end, String value) {
            if (value.length() > end - start + 1) {
                throw new IllegalArgumentException(value);
            }
            value.getChars(0, value.length(), chars, start - 1);
            return this;
        }

        Layout num(int start, int end, long value) {
            String digits = Long.toString(value);
            return text(start, end, "0".repeat(end - start + 1 - digits.length()) + digits);
        }

        @Override
        public String toString() {
            return new String(chars);
        }
    }

    static String e040() {
        return new Layout(21).text(1, 3, "040").text(4, 5, "02").num(6, 20, Long.parseLong(PS)).text(21, 21, "@").toString();
    }

    static String e071(int yymmdd, String wording1, String wording2, String payer) {
        return new Layout(86).text(1, 3, "071").text(4, 5, "02").num(6, 11, yymmdd).text(12, 43, wording1).text(44, 75, wording2)
                .text(76, 85, payer).text(86, 86, "@").toString();
    }

    static String e081(int type) {
        return new Layout(22).text(1, 3, "081").text(4, 5, "02").num(6, 7, type).text(22, 22, "@").toString();
    }

    static String e080(int yymmdd, int lot) {
        return new Layout(15).text(1, 3, "080").text(4, 5, "03").num(6, 11, yymmdd).num(12, 14, lot).text(15, 15, "@").toString();
    }

    static String e102(int invoice, int lot, int lotDate) {
        return new Layout(40).text(1, 3, "102").text(4, 5, "04").num(6, 14, invoice).num(21, 23, lot).num(24, 29, lotDate)
                .text(30, 30, "F").text(40, 40, "@").toString();
    }

    static String e198(long claimed, String state, long paid) {
        return new Layout(24).text(1, 3, "198").text(4, 5, "05").num(6, 13, claimed).text(14, 14, state)
                .num(15, 22, Math.abs(paid)).text(23, 23, paid < 0 ? "N" : "P").text(24, 24, "@").toString();
    }

    static String e199(long claimed, String state, long paid, String amc) {
        return new Layout(49).text(1, 3, "199").text(4, 5, "05").num(6, 13, claimed).text(14, 14, state)
                .num(15, 22, Math.abs(paid)).text(23, 23, paid < 0 ? "N" : "P").text(24, 33, amc).text(49, 49, "@").toString();
    }

    static String e290(int line, String code, String label) {
        return new Layout(98).text(1, 3, "290").text(4, 5, "05").num(6, 7, line).text(8, 17, code).text(18, 97, label)
                .text(98, 98, "@").toString();
    }

    static String e294(String code, String label) {
        return new Layout(153).text(1, 3, "294").text(4, 5, "05").text(6, 9, code).text(10, 95, label).text(96, 96, "F")
                .text(97, 97, "O").text(153, 153, "@").toString();
    }

    static String e250(String reference, int yymmdd, String kind, String operation, long signed, long balance) {
        return new Layout(47).text(1, 3, "250").text(4, 5, "03").num(6, 7, 1).text(8, 17, reference).num(18, 23, yymmdd)
                .text(24, 26, kind).text(27, 29, operation).num(30, 37, Math.abs(signed)).text(38, 38, signed < 0 ? "N" : "P")
                .num(39, 46, balance).text(47, 47, "@").toString();
    }

    static String e261(int code, long cents) {
        return new Layout(19).text(1, 3, "261").text(4, 5, "03").num(6, 10, code).num(11, 18, cents).text(19, 19, "@").toString();
    }

    static String e262(String code, String label, long cents) {
        return new Layout(134).text(1, 3, "262").text(4, 5, "04").text(6, 10, code).text(11, 90, label).text(113, 113, "A")
                .num(126, 133, cents).text(134, 134, "@").toString();
    }

    static String e990(String identification, long count, long signed) {
        return new Layout(43).text(1, 3, "990").text(4, 5, "99").text(6, 22, identification).num(23, 30, count)
                .num(31, 41, Math.abs(signed)).text(42, 42, signed < 0 ? "N" : "P").text(43, 43, "@").toString();
    }

    /** A whole file: header, the entities' stream framed in data records, trailer. */
    static byte[] file(String fileId, int lots, long total, String... entities) {
        String stream = String.join("", entities);
        List<String> records = new ArrayList<>();
        records.add(new Layout(128).text(1, 3, "000").text(4, 5, "CP").num(6, 19, 10349000L).text(26, 27, "TP")
                .num(28, 41, Long.parseLong(PS)).text(50, 55, fileId).num(56, 61, 240529).text(70, 70, "U").text(71, 71, "T")
                .num(83, 85, 128).toString());
        for (int from = 0; from < stream.length(); from += 127) {
            String slice = stream.substring(from, Math.min(stream.length(), from + 127));
            records.add((from + 127 >= stream.length() ? "1" : "0") + slice + " ".repeat(127 - slice.length()));
        }
        records.add(new Layout(128).text(1, 3, "999").text(4, 5, "CP").num(6, 19, 10349000L).text(26, 27, "TP")
                .num(28, 41, Long.parseLong(PS)).text(50, 55, fileId).num(56, 63, records.size() + 1L).text(64, 64, "T")
                .num(83, 85, lots).num(86, 96, Math.abs(total)).text(97, 97, total < 0 ? "N" : "P").num(98, 108, 0).toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String record : records) {
            out.writeBytes(record.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /**
     * Seed-like transfer of 29/05/2024 (seed 002): lot 025 of 28/05/2024 with invoice 254 paid
     * AMO 0.09 + AMC 100.00, 257 paid 4.00 of 5.40, 212 rejected (294 code 4025), 213 paid 5.52
     * with a notice (290); a retenue DETTE9FR of 3.22; a one-off CODE1 LIBELLE1 of 40.00.
     * Lot 990: 4 invoices, 109.61; payment 990: 1 lot, 109.61 - 3.22 + 40.00 = 146.39 (C12).
     */
    static byte[] seedLike(String fileId) {
        return file(fileId, 1, 14639, e040(), e071(240529, "VIR AMO LIGNE 1 - 7FR", "VIR AMO LIGNE 2 - 7FR", "10349000"),
                e081(1), e080(240528, 25),
                e102(254, 25, 240528), e198(9, "P", 9), e199(10000, "P", 10000, "1100000000"),
                e102(257, 25, 240528), e198(540, "P", 400),
                e102(212, 25, 240528), e198(3, "R", 0), e294("4025", "DROITS NON OUVERTS"),
                e102(213, 25, 240528), e198(552, "P", 552), e290(1, "NOTICE1", "TAUX MODIFIE"),
                e990("080240528025", 4, 10961),
                e081(5), e250("DETTE9FR", 240529, "ODL", "RPR", -322, 0),
                e081(3), e261(1, 4000), e262("CODE1", "LIBELLE1", 4000),
                e990("071240529", 1, 14639));
    }
}
