package org.openfse.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes big NOEMIE-PS files for the benchmarks, from the layouts of NOEMIE-PS.md section 7 and
 * the framing of section 3 (independently of the reader): {@code groups} payment groups (071),
 * each with one lot (080) of {@code perGroup} invoices (102 + 198), the lots' and groups' 990 and
 * the trailer with the right counts and totals. Invoice {@code i} (1-based) claims
 * {@code 1000 + i % 5000} cents; every tenth is paid 100 cents less (a partial payment).
 */
final class NoemieFiles {

    private NoemieFiles() {
    }

    static long claimed(int invoice) {
        return 1000 + invoice % 5000;
    }

    static long paid(int invoice) {
        return invoice % 10 == 0 ? claimed(invoice) - 100 : claimed(invoice);
    }

    /** Writes the file; returns its size in bytes. */
    static long write(OutputStream out, int groups, int perGroup, String ps) throws IOException {
        Framer framer = new Framer(out);
        framer.record(fixed(128).text(1, 3, "000").text(4, 5, "CP").num(6, 19, 10349000L).text(26, 27, "TP")
                .text(28, 41, "0".repeat(14 - ps.length()) + ps).text(50, 55, "BENCH1").num(56, 61, 240529).text(70, 70, "U")
                .text(71, 71, "T").num(83, 85, 128).toString());
        framer.entity(fixed(21).text(1, 3, "040").text(4, 5, "02").num(6, 20, Long.parseLong(ps)).text(21, 21, "@").toString());
        long fileTotal = 0;
        int invoice = 0;
        for (int g = 0; g < groups; g++) {
            int lot = g % 999 + 1;
            framer.entity(fixed(86).text(1, 3, "071").text(4, 5, "02").num(6, 11, 240529).text(12, 43, "VIR AMO BENCH " + g)
                    .text(76, 85, "10349000").text(86, 86, "@").toString());
            framer.entity(fixed(22).text(1, 3, "081").text(4, 5, "02").num(6, 7, 1).text(22, 22, "@").toString());
            framer.entity(fixed(15).text(1, 3, "080").text(4, 5, "03").num(6, 11, 240528).num(12, 14, lot).text(15, 15, "@")
                    .toString());
            long total = 0;
            for (int i = 0; i < perGroup; i++) {
                invoice++;
                framer.entity(fixed(40).text(1, 3, "102").text(4, 5, "04").num(6, 14, invoice).num(21, 23, lot)
                        .num(24, 29, 240528).text(30, 30, "F").text(40, 40, "@").toString());
                framer.entity(fixed(24).text(1, 3, "198").text(4, 5, "05").num(6, 13, claimed(invoice)).text(14, 14, "P")
                        .num(15, 22, paid(invoice)).text(23, 23, "P").text(24, 24, "@").toString());
                total += paid(invoice);
            }
            framer.entity(control("080240528" + "%03d".formatted(lot), perGroup, total));
            framer.entity(control("071240529", 1, total));
            fileTotal += total;
        }
        framer.endData();
        long records = framer.records + 1;
        framer.record(fixed(128).text(1, 3, "999").text(4, 5, "CP").num(6, 19, 10349000L).text(26, 27, "TP")
                .text(28, 41, "0".repeat(14 - ps.length()) + ps).text(50, 55, "BENCH1").num(56, 63, records).text(64, 64, "T")
                .num(83, 85, groups).num(86, 96, fileTotal).text(97, 97, "P").num(98, 108, 0).toString());
        return framer.bytes;
    }

    static byte[] bytes(int groups, int perGroup, String ps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, groups, perGroup, ps);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String control(String identification, long count, long total) {
        return fixed(43).text(1, 3, "990").text(4, 5, "99").text(6, 22, identification).num(23, 30, count).num(31, 41, total)
                .text(42, 42, "P").text(43, 43, "@").toString();
    }

    private static Fixed fixed(int length) {
        return new Fixed(length);
    }

    /** Cuts the entity stream into data records (indicator + 127 characters). */
    private static final class Framer {
        private final OutputStream out;
        private final StringBuilder pending = new StringBuilder();
        long records;
        long bytes;

        Framer(OutputStream out) {
            this.out = out;
        }

        void record(String record) throws IOException {
            out.write(record.getBytes(StandardCharsets.US_ASCII));
            records++;
            bytes += record.length();
        }

        void entity(String entity) throws IOException {
            pending.append(entity);
            while (pending.length() > 127) {
                record("0" + pending.substring(0, 127));
                pending.delete(0, 127);
            }
        }

        void endData() throws IOException {
            record("1" + pending + " ".repeat(127 - pending.length()));
            pending.setLength(0);
        }
    }

    private static final class Fixed {
        private final char[] chars;

        Fixed(int length) {
            chars = new char[length];
            Arrays.fill(chars, ' ');
        }

        Fixed text(int start, int end, String value) {
            value.getChars(0, Math.min(value.length(), end - start + 1), chars, start - 1);
            return this;
        }

        Fixed num(int start, int end, long value) {
            String digits = Long.toString(value);
            return text(start, end, "0".repeat(end - start + 1 - digits.length()) + digits);
        }

        @Override
        public String toString() {
            return new String(chars);
        }
    }
}
