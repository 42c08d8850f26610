package org.openfse.b2;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openfse.core.Money;

/**
 * Reads a whole B2 file back into the values {@link B2Writer} takes (000, 1, 2, 4, 5, 6, 999; the
 * records kept raw are skipped). Meant for files of one practitioner (tests, the simulator); large
 * files are better read with {@link B2Reader} record by record.
 */
public final class B2Files {

    private B2Files() {
    }

    /**
     * @throws B2FormatException when the file breaks the format or its structure (a record out of
     *         place, a date that does not exist)
     */
    public static B2File read(InputStream in) throws IOException {
        B2FileHeader fileHeader = null;
        List<B2Lot> lots = new ArrayList<>();
        B2Record lotRecord = null;
        List<B2Invoice> invoices = new ArrayList<>();
        B2Record invoiceRecord = null;
        List<B2Line> lines = new ArrayList<>();
        try (B2Reader reader = new B2Reader(in)) {
            B2Record record;
            while ((record = reader.next()) != null) {
                switch (record.kind()) {
                    case "000" -> fileHeader = fileHeader(record);
                    case "1" -> {
                        lotRecord = record;
                        invoices = new ArrayList<>();
                    }
                    case "2" -> {
                        require(lotRecord != null, record, "1");
                        invoiceRecord = record;
                        lines = new ArrayList<>();
                    }
                    case "4" -> {
                        require(invoiceRecord != null, record, "2");
                        lines.add(line(record));
                    }
                    case "5" -> {
                        require(invoiceRecord != null, record, "2");
                        invoices.add(invoice(invoiceRecord, lines));
                        invoiceRecord = null;
                    }
                    case "6" -> {
                        require(lotRecord != null, record, "1");
                        lots.add(new B2Lot(lotHeader(lotRecord, record), invoices));
                        lotRecord = null;
                    }
                    default -> {
                        // 999 and the records kept raw carry nothing the writer takes
                    }
                }
            }
            if (fileHeader == null) {
                throw Messages.error(Math.max(1, reader.count()), 1, "check.first");
            }
        }
        return new B2File(fileHeader, lots);
    }

    private static void require(boolean ok, B2Record record, String expected) throws B2FormatException {
        if (!ok) {
            throw Messages.error(record.number(), 1, "check.order", record.kind(), expected);
        }
    }

    private static B2FileHeader fileHeader(B2Record r) throws B2FormatException {
        return new B2FileHeader(r.field("senderType"), r.field("senderNumber"), r.field("recipientType"),
                r.field("recipientNumber"), r.field("application"), r.field("fileId"), date(r, "creationDate"),
                padded(r, "norm"), r.field("normVersion"), r.field("message"));
    }

    private static B2LotHeader lotHeader(B2Record r, B2Record trailer) throws B2FormatException {
        return new B2LotHeader(r.field("psNumber"), r.field("organisme"), (int) r.number("lotNumber"), r.field("psName"),
                date(r, "creationDate"), character(r, "certification"), r.field("normCode"), r.field("normVersionNumber"),
                character(r, "currency"), r.field("pivotRegime"), r.field("pivotCaisse"), character(trailer, "marking"),
                trailer.field("softwareApproval"));
    }

    private static B2Invoice invoice(B2Record r, List<B2Line> lines) throws B2FormatException {
        return new B2Invoice(r.field("psNumber"), r.field("nir"), r.field("nirKey"), (int) r.number("invoiceNumber"),
                date(r, "invoiceDate"), (int) r.number("operationKind"), character(r, "invoiceType"), r.field("regime"),
                r.field("caisse"), r.field("centre"), (int) r.number("proofKind"), zerosAsEmpty(r.field("prescriber")),
                date(r, "prescriptionDate"), r.field("insuranceNature"), character(r, "exemption"), r.field("birthDate"),
                (int) r.number("birthRank"), r.field("beneficiaryRank"), r.field("payee"), r.field("amcNumber"), lines);
    }

    private static B2Line line(B2Record r) throws B2FormatException {
        return new B2Line(r.field("performer"), date(r, "actDate"), r.field("actCode"), (int) r.number("quantity"),
                BigDecimal.valueOf(r.number("coefficient"), 2), (int) r.number("count"), money(r, "unitPrice"),
                money(r, "base"), (int) r.number("rate"), money(r, "amo"), money(r, "fees"), character(r, "qualifier"),
                (int) r.number("placeCode"), money(r, "amc"));
    }

    private static Money money(B2Record r, String name) {
        return Money.ofCents(r.number(name));
    }

    private static char character(B2Record r, String name) {
        String text = r.field(name);
        return text.isEmpty() ? ' ' : text.charAt(0);
    }

    private static String padded(B2Record r, String name) {
        B2Field field = r.layout().orElseThrow().field(name);
        return r.raw().substring(field.start() - 1, field.end());
    }

    private static String zerosAsEmpty(String digits) {
        return digits.chars().allMatch(c -> c == '0') ? "" : digits;
    }

    /** YYMMDD (ASSUMPTION U3), years 00-69 read as 20xx, 70-99 as 19xx; zeros or spaces: absent. */
    static LocalDate date(B2Record r, String name) throws B2FormatException {
        String text = r.field(name);
        if (text.isEmpty() || text.equals("000000")) {
            return null;
        }
        int yy = Integer.parseInt(text.substring(0, 2));
        int mm = Integer.parseInt(text.substring(2, 4));
        int dd = Integer.parseInt(text.substring(4, 6));
        try {
            return LocalDate.of(yy < 70 ? 2000 + yy : 1900 + yy, mm, dd);
        } catch (java.time.DateTimeException e) {
            B2Field field = r.layout().orElseThrow().field(name);
            throw Messages.error(r.number(), field.start(), "check.date", field.label(), text);
        }
    }
}
