package org.openfse.noemie.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds NOEMIE-PS test files by hand from the layouts of NOEMIE-PS.md, independently of the
 * production code: every field is placed at its documented 1-based position, numbers right-aligned
 * and zero-filled, text left-aligned and space-filled (C1), and the file is framed as section 3
 * says (header record, data records of indicator + 127-byte slice, indicator 1 on the last one,
 * padding spaces after the last '@', trailer record).
 */
final class NoemieTestFile {

    /** A fixed-length character area whose fields are set by documented position. */
    static final class Layout {
        private final char[] chars;

        Layout(int length) {
            chars = new char[length];
            java.util.Arrays.fill(chars, ' ');
        }

        /** Puts text at 1-based positions {@code start}..{@code end}, left-aligned, space-filled. */
        Layout text(int start, int end, String value) {
            int width = end - start + 1;
            if (value.length() > width) {
                throw new IllegalArgumentException("'" + value + "' longer than " + width);
            }
            for (int i = 0; i < value.length(); i++) {
                chars[start - 1 + i] = value.charAt(i);
            }
            return this;
        }

        /** Puts a number at 1-based positions {@code start}..{@code end}, right-aligned, zero-filled. */
        Layout num(int start, int end, long value) {
            int width = end - start + 1;
            String digits = Long.toString(value);
            if (value < 0 || digits.length() > width) {
                throw new IllegalArgumentException(value + " does not fit " + width + " digits");
            }
            return text(start, end, "0".repeat(width - digits.length()) + digits);
        }

        @Override
        public String toString() {
            return new String(chars);
        }
    }

    // Entities of NOEMIE-PS.md section 7, with the break levels of C7.

    /** 7.1 header 000: sender CP 00000001349000, recipient TP, file id, creation date, flow T. */
    static String header(String fileId) {
        return new Layout(128).text(1, 3, "000").text(4, 5, "CP").num(6, 19, 1349000L).text(26, 27, "TP")
                .text(28, 41, "00000992604231").text(50, 55, fileId).num(56, 61, 240529).text(70, 70, "U")
                .text(71, 71, "T").num(83, 85, 128).toString();
    }

    /** 7.25 trailer 999 with the same identity as {@link #header}. */
    static String trailer(String fileId, long records, int lots, long cumulativeCents) {
        return new Layout(128).text(1, 3, "999").text(4, 5, "CP").num(6, 19, 1349000L).text(26, 27, "TP")
                .text(28, 41, "00000992604231").text(50, 55, fileId).num(56, 63, records).text(64, 64, "T")
                .num(83, 85, lots).num(86, 96, cumulativeCents).text(97, 97, "P").num(98, 108, 0).toString();
    }

    /** 7.3 payee 040. */
    static String e040(long payee) {
        return new Layout(21).text(1, 3, "040").text(4, 5, "02").num(6, 20, payee).text(21, 21, "@").toString();
    }

    /** 7.5 accounting date and transfer reference 071. */
    static String e071(int yymmdd, String wording1, String wording2, String payer) {
        return new Layout(86).text(1, 3, "071").text(4, 5, "02").num(6, 11, yymmdd).text(12, 43, wording1)
                .text(44, 75, wording2).text(76, 85, payer).text(86, 86, "@").toString();
    }

    /** 7.7 return type 081. */
    static String e081(int returnType) {
        return new Layout(22).text(1, 3, "081").text(4, 5, "02").num(6, 7, returnType).text(22, 22, "@").toString();
    }

    /** 7.6 lot 080. */
    static String e080(int yymmdd, int lot) {
        return new Layout(15).text(1, 3, "080").text(4, 5, "03").num(6, 11, yymmdd).num(12, 14, lot)
                .text(15, 15, "@").toString();
    }

    /** 7.9 invoice 102 (FSE). */
    static String e102(int invoice, int lot, int lotDate) {
        return new Layout(40).text(1, 3, "102").text(4, 5, "04").num(6, 14, invoice).num(21, 23, lot)
                .num(24, 29, lotDate).text(30, 30, "F").text(40, 40, "@").toString();
    }

    /** 7.10 insured and beneficiary 103 (152 characters, longer than one slice). */
    static String e103(String nir13, int key, String surname, String firstName) {
        return new Layout(152).text(1, 3, "103").text(4, 5, "05").text(6, 18, nir13).num(19, 20, key)
                .text(21, 45, surname).text(71, 85, firstName).num(101, 106, 991130).num(107, 107, 1)
                .text(152, 152, "@").toString();
    }

    /** 7.15 AMO part 198, paid. */
    static String e198(long claimedCents, long paidCents) {
        return new Layout(24).text(1, 3, "198").text(4, 5, "05").num(6, 13, claimedCents).text(14, 14, "P")
                .num(15, 22, paidCents).text(23, 23, "P").text(24, 24, "@").toString();
    }

    /** 7.15 AMO part 198 with a state ({@code P}, {@code R}, {@code D} or blank) and a signed amount paid. */
    static String e198(long claimedCents, String state, long paidCents) {
        return new Layout(24).text(1, 3, "198").text(4, 5, "05").num(6, 13, claimedCents).text(14, 14, state)
                .num(15, 22, Math.abs(paidCents)).text(23, 23, paidCents < 0 ? "N" : "P").text(24, 24, "@").toString();
    }

    /** 7.16 AMC part 199. */
    static String e199(long claimedCents, String state, long paidCents, String amcNumber) {
        return new Layout(49).text(1, 3, "199").text(4, 5, "05").num(6, 13, claimedCents).text(14, 14, state)
                .num(15, 22, Math.abs(paidCents)).text(23, 23, paidCents < 0 ? "N" : "P").text(24, 33, amcNumber)
                .text(49, 49, "@").toString();
    }

    /** 7.21 reject or notice 290. */
    static String e290(int line, String code, String label) {
        return new Layout(98).text(1, 3, "290").text(4, 5, "05").num(6, 7, line).text(8, 17, code).text(18, 97, label)
                .text(98, 98, "@").toString();
    }

    /** 7.22 reject line 294, invoice level, mandatory part. */
    static String e294(String code, String label) {
        return new Layout(153).text(1, 3, "294").text(4, 5, "05").text(6, 9, code).text(10, 95, label).text(96, 96, "F")
                .text(97, 97, "O").text(153, 153, "@").toString();
    }

    /** 7.18 financial movement 250. */
    static String e250(int line, String reference, int yymmdd, String kind, String operation, long signedCents,
            long balanceCents) {
        return new Layout(47).text(1, 3, "250").text(4, 5, "03").num(6, 7, line).text(8, 17, reference).num(18, 23, yymmdd)
                .text(24, 26, kind).text(27, 29, operation).num(30, 37, Math.abs(signedCents))
                .text(38, 38, signedCents < 0 ? "N" : "P").num(39, 46, balanceCents).text(47, 47, "@").toString();
    }

    /** 7.19 one-off payment 261. */
    static String e261(int code, long cents) {
        return new Layout(19).text(1, 3, "261").text(4, 5, "03").num(6, 10, code).num(11, 18, cents).text(19, 19, "@")
                .toString();
    }

    /** 7.20 one-off payment detail 262, yearly period. */
    static String e262(String code, String label, long cents) {
        return new Layout(134).text(1, 3, "262").text(4, 5, "04").text(6, 10, code).text(11, 90, label).text(113, 113, "A")
                .num(126, 133, cents).text(134, 134, "@").toString();
    }

    /** 7.24 control 990 (C10 to C12). */
    static String e990(String identification, long count, long cumulativeCents) {
        return new Layout(43).text(1, 3, "990").text(4, 5, "99").text(6, 22, identification).num(23, 30, count)
                .num(31, 41, cumulativeCents).text(42, 42, "P").text(43, 43, "@").toString();
    }

    /** Where each entity sits in the stream (0-based, end exclusive). */
    record Placed(String entity, int from, int to) {
        String type() {
            return entity.substring(0, 3);
        }
    }

    /** The entity stream and the place of each entity in it. */
    static final class Stream {
        final List<Placed> placed = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Stream add(String... entities) {
            for (String entity : entities) {
                placed.add(new Placed(entity, text.length(), text.length() + entity.length()));
                text.append(entity);
            }
            return this;
        }

        String text() {
            return text.toString();
        }

        /** Number of 127-byte slices (data records) needed. */
        int dataRecords() {
            return (text.length() + 126) / 127;
        }
    }

    /** Frames a stream into data records: indicator 0, or 1 on the last, then a 127-byte slice. */
    static List<String> dataRecords(String stream) {
        List<String> records = new ArrayList<>();
        for (int from = 0; from < stream.length(); from += 127) {
            String slice = stream.substring(from, Math.min(stream.length(), from + 127));
            boolean last = from + 127 >= stream.length();
            records.add((last ? "1" : "0") + slice + " ".repeat(127 - slice.length()));
        }
        return records;
    }

    /** The records of a whole file: header, data records, trailer. */
    static List<String> records(String fileId, Stream stream, int lots, long cumulativeCents) {
        List<String> records = new ArrayList<>();
        records.add(header(fileId));
        records.addAll(dataRecords(stream.text()));
        records.add(trailer(fileId, records.size() + 1L, lots, cumulativeCents));
        return records;
    }

    /** Joins records with a separator after each one ("" for none, "\n", "\r\n"). */
    static byte[] join(List<String> records, String lineEnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String record : records) {
            out.writeBytes((record + lineEnd).getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private NoemieTestFile() {
    }
}
