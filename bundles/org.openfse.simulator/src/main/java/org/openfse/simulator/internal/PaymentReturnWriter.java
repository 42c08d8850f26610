package org.openfse.simulator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfse.simulator.PaidInvoice;
import org.openfse.simulator.PayerSimulator;
import org.openfse.simulator.PaymentOrder;

/**
 * Writes the NOEMIE-PS file of one payment (see {@link PayerSimulator#paymentReturn}). Layouts of
 * NOEMIE-PS.md section 7, break levels of C7, control entities of C9 to C12, trailer of C13.
 */
final class PaymentReturnWriter {

    /** Largest 11-digit cumulative amount, in cents (C2). */
    private static final long MAX_CUMULATIVE = 99_999_999_999L;

    /** A lot of the order: its key and its invoices in order. */
    private record Lot(LocalDate date, int number, List<PaidInvoice> invoices) {
    }

    byte[] write(PaymentOrder order) {
        List<Lot> lots = lots(order.invoices());
        StringBuilder stream = new StringBuilder();
        stream.append(payee(order.psNumber()));
        stream.append(paymentGroup(order));
        stream.append(returnType());
        long total = 0;
        for (Lot lot : lots) {
            stream.append(lotEntity(lot));
            long lotTotal = 0;
            for (PaidInvoice invoice : lot.invoices()) {
                stream.append(invoiceEntity(invoice));
                stream.append(amoPart(invoice));
                lotTotal += invoice.amoPaid().cents();
            }
            stream.append(control("080" + yymmdd(lot.date()) + "%03d".formatted(lot.number()), lot.invoices().size(),
                    lotTotal));
            total += lotTotal;
        }
        stream.append(control("071" + yymmdd(order.accountingDate()), lots.size(), total));
        long records = RecordFramer.records(stream.length());
        return RecordFramer.frame(header(order), stream, trailer(order, records, lots.size(), total));
    }

    private static List<Lot> lots(List<PaidInvoice> invoices) {
        Map<String, List<PaidInvoice>> byLot = new LinkedHashMap<>();
        for (PaidInvoice invoice : invoices) {
            byLot.computeIfAbsent(yymmdd(invoice.lotDate()) + "%03d".formatted(invoice.lotNumber()),
                    key -> new ArrayList<>()).add(invoice);
        }
        List<Lot> lots = new ArrayList<>();
        for (List<PaidInvoice> lotInvoices : byLot.values()) {
            PaidInvoice first = lotInvoices.get(0);
            lots.add(new Lot(first.lotDate(), first.lotNumber(), List.copyOf(lotInvoices)));
        }
        return lots;
    }

    private static String yymmdd(LocalDate date) {
        return new FixedFields(6).date(1, date).toString();
    }

    /** 7.1 header 000. */
    private static String header(PaymentOrder order) {
        return new FixedFields(128)
                .text(1, 3, "000")
                .text(4, 5, "CP")
                .text(6, 19, PayerSimulator.SENDER_NUMBER)
                .text(26, 27, "TP")
                .number(28, 41, Long.parseLong(order.psNumber()))
                .text(50, 55, order.fileId())
                .date(56, order.creationDate())
                .text(69, 69, "N")
                .text(70, 70, "U")
                .text(71, 71, "T")
                .number(83, 85, RecordFramer.RECORD_LENGTH)
                .text(92, 128, PayerSimulator.NAME)
                .toString();
    }

    /** 7.25 trailer 999 (C13). */
    private static String trailer(PaymentOrder order, long records, int lots, long total) {
        checkCumulative(total);
        return new FixedFields(128)
                .text(1, 3, "999")
                .text(4, 5, "CP")
                .text(6, 19, PayerSimulator.SENDER_NUMBER)
                .text(26, 27, "TP")
                .number(28, 41, Long.parseLong(order.psNumber()))
                .text(50, 55, order.fileId())
                .number(56, 63, records)
                .text(64, 64, "T")
                .number(83, 85, lots)
                .number(86, 96, Math.abs(total))
                .sign(97, total)
                .number(98, 108, 0)
                .toString();
    }

    /** 7.3 payee 040: the professional, 15 digits. */
    private static String payee(String psNumber) {
        return new FixedFields(21).text(1, 3, "040").text(4, 5, "02").number(6, 20, Long.parseLong(psNumber))
                .text(21, 21, "@").toString();
    }

    /** 7.5 payment group 071 (C14 for the paying organisme). */
    private static String paymentGroup(PaymentOrder order) {
        return new FixedFields(86).text(1, 3, "071").text(4, 5, "02").date(6, order.accountingDate())
                .text(12, 43, order.wording1()).text(44, 75, order.wording2()).text(76, 85, PayerSimulator.ORGANISME)
                .text(86, 86, "@").toString();
    }

    /** 7.7 return type 081: 01, returns on services sent in electronic flows. */
    private static String returnType() {
        return new FixedFields(22).text(1, 3, "081").text(4, 5, "02").text(6, 7, "01").text(22, 22, "@").toString();
    }

    /** 7.6 lot 080 (level 03, C7). */
    private static String lotEntity(Lot lot) {
        return new FixedFields(15).text(1, 3, "080").text(4, 5, "03").date(6, lot.date()).number(12, 14, lot.number())
                .text(15, 15, "@").toString();
    }

    /** 7.9 invoice 102 (level 04, C7), type F (FSE). */
    private static String invoiceEntity(PaidInvoice invoice) {
        return new FixedFields(40).text(1, 3, "102").text(4, 5, "04").text(6, 14, invoice.invoice().toString())
                .number(21, 23, invoice.lotNumber()).date(24, invoice.lotDate()).text(30, 30, "F")
                .number(31, 36, 0).text(40, 40, "@").toString();
    }

    /** 7.15 AMO part 198 (level 05, C7), state P (paid). */
    private static String amoPart(PaidInvoice invoice) {
        long paid = invoice.amoPaid().cents();
        return new FixedFields(24).text(1, 3, "198").text(4, 5, "05").number(6, 13, invoice.amoClaimed().cents())
                .text(14, 14, "P").number(15, 22, Math.abs(paid)).sign(23, paid).text(24, 24, "@").toString();
    }

    /** 7.24 control 990 (C10 identification, C11 counter, C12 signed cumulative amount). */
    private static String control(String identification, int count, long cumulative) {
        checkCumulative(cumulative);
        return new FixedFields(43).text(1, 3, "990").text(4, 5, "99").text(6, 22, identification).number(23, 30, count)
                .number(31, 41, Math.abs(cumulative)).sign(42, cumulative).text(43, 43, "@").toString();
    }

    private static void checkCumulative(long cents) {
        if (Math.abs(cents) > MAX_CUMULATIVE) {
            throw new IllegalArgumentException("cumulative amount beyond 11 digits: " + cents + " cents");
        }
    }
}
