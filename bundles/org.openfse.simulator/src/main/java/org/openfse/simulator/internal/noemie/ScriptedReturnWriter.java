package org.openfse.simulator.internal.noemie;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes the NOEMIE-PS return of the "Caisse de TEST" for one lot, with the layouts of
 * NOEMIE-PS.md section 7, the break levels of C7, the controls of C9 to C12 and the trailer of C13:
 * header 000, payee 040, payment group 071, return type 081 {@code 01}, the lot 080, for each
 * invoice a 102 and its AMO part 198 (state {@code P} paid, or {@code R} rejected with its 294),
 * the lot's 990; when there is a withholding, a 081 {@code 05} and its 250 (sign {@code N}); the
 * payment group's 990; trailer 999. Records are 128 bytes back to back.
 */
public final class ScriptedReturnWriter {

    /** What the payer does with one invoice of the lot. */
    public record Outcome(String invoice, long claimedCents, long paidCents, String rejectCode, String rejectLabel) {

        public Outcome {
            Objects.requireNonNull(invoice, "invoice");
        }

        /** Paid, in full or in part. */
        public static Outcome paid(String invoice, long claimedCents, long paidCents) {
            return new Outcome(invoice, claimedCents, paidCents, "", "");
        }

        /** Rejected with this code and wording. */
        public static Outcome rejected(String invoice, long claimedCents, String code, String label) {
            return new Outcome(invoice, claimedCents, 0, code, label);
        }

        boolean rejected() {
            return !rejectCode.isEmpty() || !rejectLabel.isEmpty();
        }
    }

    /** A withholding (retenue) on the transfer: a 250 with operation RPR, kind ODL. */
    public record Withholding(String debtReference, long cents) {
    }

    /** Everything the file says. */
    public record Reply(String psNumber, String organisme, String fileId, LocalDate accountingDate, int lotNumber,
            LocalDate lotDate, List<Outcome> invoices, Withholding withholding) {

        public Reply {
            invoices = List.copyOf(invoices);
        }
    }

    private ScriptedReturnWriter() {
    }

    public static byte[] write(Reply reply) {
        StringBuilder stream = new StringBuilder();
        stream.append(fields(21).text(1, 3, "040").text(4, 5, "02").num(6, 20, Long.parseLong(reply.psNumber())).at(21));
        String wording = "VIR CAISSE DE TEST LOT " + "%03d".formatted(reply.lotNumber());
        stream.append(fields(86).text(1, 3, "071").text(4, 5, "02").date(6, reply.accountingDate()).text(12, 43, wording)
                .text(76, 85, reply.organisme()).at(86));
        stream.append(fields(22).text(1, 3, "081").text(4, 5, "02").text(6, 7, "01").at(22));
        stream.append(fields(15).text(1, 3, "080").text(4, 5, "03").date(6, reply.lotDate()).num(12, 14, reply.lotNumber()).at(15));
        long lotTotal = 0;
        for (Outcome outcome : reply.invoices()) {
            stream.append(fields(40).text(1, 3, "102").text(4, 5, "04").text(6, 14, outcome.invoice())
                    .num(21, 23, reply.lotNumber()).date(24, reply.lotDate()).text(30, 30, "F").at(40));
            stream.append(fields(24).text(1, 3, "198").text(4, 5, "05").num(6, 13, outcome.claimedCents())
                    .text(14, 14, outcome.rejected() ? "R" : "P").num(15, 22, outcome.paidCents()).text(23, 23, "P").at(24));
            if (outcome.rejected()) {
                stream.append(fields(153).text(1, 3, "294").text(4, 5, "05").text(6, 9, outcome.rejectCode())
                        .text(10, 95, outcome.rejectLabel()).text(96, 96, "F").text(97, 97, "O").at(153));
            }
            lotTotal += outcome.paidCents();
        }
        stream.append(control("080" + yymmdd(reply.lotDate()) + "%03d".formatted(reply.lotNumber()), reply.invoices().size(),
                lotTotal));
        long total = lotTotal;
        if (reply.withholding() != null) {
            stream.append(fields(22).text(1, 3, "081").text(4, 5, "02").text(6, 7, "05").at(22));
            stream.append(fields(47).text(1, 3, "250").text(4, 5, "03").num(6, 7, 1).text(8, 17, reply.withholding().debtReference())
                    .date(18, reply.accountingDate()).text(24, 26, "ODL").text(27, 29, "RPR")
                    .num(30, 37, reply.withholding().cents()).text(38, 38, "N").num(39, 46, 0).at(47));
            total -= reply.withholding().cents();
        }
        stream.append(control("071" + yymmdd(reply.accountingDate()), 1, total));
        long records = (stream.length() + 126) / 127 + 2;
        String sender = "0".repeat(14 - reply.organisme().length()) + reply.organisme();
        String recipient = "0".repeat(14 - reply.psNumber().length()) + reply.psNumber();
        String header = fields(128).text(1, 3, "000").text(4, 5, "CP").text(6, 19, sender).text(26, 27, "TP").text(28, 41, recipient)
                .text(50, 55, reply.fileId()).date(56, reply.accountingDate()).text(69, 69, "N").text(70, 70, "U").text(71, 71, "T")
                .num(83, 85, 128).text(92, 128, "CAISSE DE TEST").toString();
        String trailer = fields(128).text(1, 3, "999").text(4, 5, "CP").text(6, 19, sender).text(26, 27, "TP")
                .text(28, 41, recipient).text(50, 55, reply.fileId()).num(56, 63, records).text(64, 64, "T").num(83, 85, 1)
                .num(86, 96, Math.abs(total)).text(97, 97, total < 0 ? "N" : "P").num(98, 108, 0).toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        for (int from = 0; from < stream.length(); from += 127) {
            String slice = stream.substring(from, Math.min(stream.length(), from + 127));
            boolean last = from + 127 >= stream.length();
            out.writeBytes(((last ? "1" : "0") + slice + " ".repeat(127 - slice.length())).getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(trailer.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String control(String identification, long count, long signedCents) {
        return fields(43).text(1, 3, "990").text(4, 5, "99").text(6, 22, identification).num(23, 30, count)
                .num(31, 41, Math.abs(signedCents)).text(42, 42, signedCents < 0 ? "N" : "P").at(43);
    }

    private static String yymmdd(LocalDate date) {
        return fields(6).date(1, date).toString();
    }

    private static Fields fields(int length) {
        return new Fields(length);
    }

    /** A fixed-length area filled by 1-based positions (C1: numbers zero-filled, text space-filled). */
    private static final class Fields {
        private final char[] chars;

        Fields(int length) {
            chars = new char[length];
            Arrays.fill(chars, ' ');
        }

        Fields text(int start, int end, String value) {
            String fitted = value.length() > end - start + 1 ? value.substring(0, end - start + 1) : value;
            fitted.getChars(0, fitted.length(), chars, start - 1);
            return this;
        }

        Fields num(int start, int end, long value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative number at " + start + ": " + value);
            }
            String digits = Long.toString(value);
            if (digits.length() > end - start + 1) {
                throw new IllegalArgumentException(value + " does not fit positions " + start + "-" + end);
            }
            return text(start, end, "0".repeat(end - start + 1 - digits.length()) + digits);
        }

        Fields date(int start, LocalDate date) {
            return num(start, start + 5, (date.getYear() % 100) * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth());
        }

        /** The {@code @} terminator at the last position; returns the text. */
        String at(int position) {
            chars[position - 1] = '@';
            return new String(chars);
        }

        @Override
        public String toString() {
            return new String(chars);
        }
    }
}
