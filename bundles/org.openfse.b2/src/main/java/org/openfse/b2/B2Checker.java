package org.openfse.b2;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the structure of a B2 file (B2.md section 3) and the relations of section 6, reading it as
 * a stream: 000 first and 999 last; lots opened by 1 and closed by 6 with the same lot number;
 * invoices opened by 2 and closed by 5, every record of an invoice carrying its keys (positions
 * 2-35); type 5 counters and totals equal to the sums of the invoice's type 4 lines; type 6 counters
 * and totals equal to the sums of the lot's invoices; 999 naming the same sender, recipient and file
 * as 000 and counting the lots. Sub-records (2S, 4F...) are allowed inside an invoice and not
 * counted (B2.md U13).
 *
 * <p>A format error ({@link B2FormatException}) stops the check and is the last problem listed.
 */
public final class B2Checker {

    private final List<B2Problem> problems = new ArrayList<>();
    private B2Record fileHeader;
    private B2Record last;
    private B2Record lot;
    private B2Record invoice;
    private int lots;
    private long lotInvoices;
    private long lotLines;
    private long lotType2;
    private long lotFees;
    private long lotAmo;
    private long lotAmc;
    private long invoiceLines;
    private long invoiceFees;
    private long invoiceAmo;
    private long invoiceAmc;

    private B2Checker() {
    }

    /** Every problem found, in file order; empty for a well-formed file. */
    public static List<B2Problem> check(InputStream in) throws IOException {
        B2Checker checker = new B2Checker();
        try (B2Reader reader = new B2Reader(in)) {
            B2Record record;
            while ((record = reader.next()) != null) {
                checker.accept(record);
            }
            checker.finish(reader.count());
        } catch (B2FormatException e) {
            checker.problems.add(new B2Problem(e.record(), e.column(), e.getMessage()));
        }
        return List.copyOf(checker.problems);
    }

    private void accept(B2Record r) {
        String kind = r.kind();
        if (r.number() == 1 && !kind.equals("000")) {
            problem(r, 1, "check.first");
        }
        switch (kind) {
            case "000" -> {
                if (r.number() != 1) {
                    order(r);
                }
                fileHeader = r;
            }
            case "1" -> {
                if (lot != null || fileHeader == null) {
                    order(r);
                }
                lot = r;
                lotInvoices = 0;
                lotLines = 0;
                lotType2 = 0;
                lotFees = 0;
                lotAmo = 0;
                lotAmc = 0;
            }
            case "2" -> {
                if (lot == null || invoice != null) {
                    order(r);
                }
                invoice = r;
                lotType2++;
                invoiceLines = 0;
                invoiceFees = 0;
                invoiceAmo = 0;
                invoiceAmc = 0;
            }
            case "4" -> {
                if (inInvoice(r)) {
                    invoiceLines++;
                    invoiceFees += r.number("fees");
                    invoiceAmo += r.number("amo");
                    invoiceAmc += r.number("amc");
                }
            }
            case "5" -> {
                if (inInvoice(r)) {
                    closeInvoice(r);
                }
                invoice = null;
            }
            case "6" -> {
                if (lot == null || invoice != null) {
                    order(r);
                } else {
                    closeLot(r);
                }
                lot = null;
                invoice = null;
            }
            case "999" -> {
                if (lot != null || fileHeader == null) {
                    order(r);
                } else {
                    closeFile(r);
                }
            }
            default -> inInvoice(r);
        }
        last = r;
    }

    private boolean inInvoice(B2Record r) {
        if (invoice == null) {
            order(r);
            return false;
        }
        if (!r.raw().regionMatches(1, invoice.raw(), 1, 34)) {
            problem(r, 2, "check.keys", invoice.raw().substring(26, 35), r.raw().substring(26, 35));
        }
        return true;
    }

    private void closeInvoice(B2Record r) {
        count(r, "lineCount", invoiceLines);
        total(r, "totalFees", invoiceFees);
        total(r, "totalAmo", invoiceAmo);
        total(r, "totalAmc", invoiceAmc);
        count(r, "totalPatient", r.number("totalFees") - r.number("totalAmo"));
        lotInvoices++;
        lotLines += invoiceLines;
        lotFees += r.number("totalFees");
        lotAmo += r.number("totalAmo");
        lotAmc += r.number("totalAmc");
    }

    private void closeLot(B2Record r) {
        if (r.number("lotNumber") != lot.number("lotNumber")) {
            problem(r, 52, "check.lotNumber", lot.field("lotNumber"), r.field("lotNumber"));
        }
        count(r, "invoiceCount", lotInvoices);
        count(r, "lineCount", lotLines);
        count(r, "type2Count", lotType2);
        count(r, "type5Count", lotInvoices);
        total(r, "totalFees", lotFees);
        total(r, "totalAmo", lotAmo);
        total(r, "totalAmc", lotAmc);
        lots++;
    }

    private void closeFile(B2Record r) {
        count(r, "lotCount", lots);
        String head = identification(fileHeader);
        String tail = identification(r);
        if (!head.equals(tail)) {
            problem(r, 4, "check.trailerId", head, tail);
        }
    }

    private static String identification(B2Record r) {
        return r.field("senderType") + "/" + strip(r.field("senderNumber")) + "/" + r.field("recipientType") + "/"
                + strip(r.field("recipientNumber")) + "/" + r.field("application") + "/" + r.field("fileId");
    }

    private static String strip(String number) {
        String s = number.strip().replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }

    private void finish(long count) {
        if (count == 0) {
            problems.add(new B2Problem(1, 1, Messages.format("error.at", 1, 1, Messages.format("error.empty"))));
        } else if (!last.kind().equals("999")) {
            problem(last, 1, "check.last");
        }
    }

    private void count(B2Record r, String name, long expected) {
        long actual = r.number(name);
        if (actual != expected) {
            B2Field field = r.layout().orElseThrow().field(name);
            problem(r, field.start(), "check.count", field.label(), actual, expected);
        }
    }

    private void total(B2Record r, String name, long expected) {
        long actual = r.number(name);
        if (actual != expected) {
            B2Field field = r.layout().orElseThrow().field(name);
            problem(r, field.start(), "check.total", field.label(), actual, expected);
        }
    }

    private void order(B2Record r) {
        problem(r, 1, "check.order", r.kind(), last == null ? "-" : last.kind());
    }

    private void problem(B2Record r, int column, String key, Object... arguments) {
        problems.add(new B2Problem(r.number(), column,
                Messages.format("error.at", r.number(), column, Messages.format(key, arguments))));
    }
}
