package org.openfse.b2;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Writes a B2 file as a stream: the 000 header, then for each lot {@link #startLot}, its
 * {@link #invoice}s and {@link #endLot}, and {@link #close()} writes the 999 trailer. Records are
 * 128 bytes, without line ends (B2.md U7). Counters and totals of the type 5, 6 and 999 records are
 * computed from what was written (section 6).
 *
 * <p>Choices where B2.md leaves things open, all marked ASSUMPTION there or here: amounts in cents
 * (U2), dates YYMMDD (U3), coefficients with two decimals (U4), the 999 "volume" is the number of
 * records of the file including 000 and 999 (U13), sub-records are never written so the type 6
 * counters count type 2, 4 and 5 records only.
 */
public final class B2Writer implements Closeable {

    private final OutputStream out;
    private final B2FileHeader file;
    private final RecordBuilder header = new RecordBuilder(B2Layouts.FILE_HEADER);
    private final RecordBuilder lotHeader = new RecordBuilder(B2Layouts.LOT_HEADER);
    private final RecordBuilder invoiceHeader = new RecordBuilder(B2Layouts.INVOICE_HEADER);
    private final RecordBuilder line = new RecordBuilder(B2Layouts.SERVICE_LINE);
    private final RecordBuilder totals = new RecordBuilder(B2Layouts.INVOICE_TOTALS);
    private final RecordBuilder lotTrailer = new RecordBuilder(B2Layouts.LOT_TRAILER);
    private final RecordBuilder trailer = new RecordBuilder(B2Layouts.FILE_TRAILER);

    private long records;
    private int lots;
    private B2LotHeader lot;
    private int lotInvoices;
    private int lotLines;
    private long lotFees;
    private long lotAmo;
    private long lotAmc;
    private boolean closed;

    /** Writes the 000 header at once. */
    public B2Writer(OutputStream out, B2FileHeader file) throws IOException {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16);
        this.file = Objects.requireNonNull(file, "file");
        header.reset()
                .digits("recordType", "000")
                .text("senderType", file.senderType())
                .digits("senderNumber", file.senderNumber())
                .text("recipientType", file.recipientType())
                .text("recipientNumber", file.recipientNumber())
                .number("frontEndDate", 0)
                .text("application", file.application())
                .text("fileId", file.fileId())
                .date("creationDate", file.creationDate())
                .text("norm", file.norm())
                .text("normVersion", file.normVersion())
                .number("recordLength", B2Layout.RECORD_LENGTH)
                .cut("message", file.message());
        write(header);
    }

    /** Writes a lot header (type 1). */
    public void startLot(B2LotHeader header) throws IOException {
        Objects.requireNonNull(header, "header");
        state(!closed && lot == null, "startLot");
        lot = header;
        lotInvoices = 0;
        lotLines = 0;
        lotFees = 0;
        lotAmo = 0;
        lotAmc = 0;
        lotHeader.reset()
                .number("recordType", 1)
                .digits("psNumber", header.psNumber())
                .digits("organisme", header.organisme())
                .number("lotNumber", header.lotNumber())
                .cut("psName", header.psName())
                .text("normVersionUsed", "")
                .date("creationDate", header.creationDate())
                .text("normCode", header.normCode())
                .character("certification", header.certification())
                .digits("normVersionNumber", header.normVersionNumber())
                .character("currency", header.currency())
                .text("pivotRegime", header.pivotRegime())
                .text("pivotCaisse", header.pivotCaisse());
        write(lotHeader);
    }

    /** Writes one invoice: type 2, one type 4 per line, type 5. */
    public void invoice(B2Invoice invoice) throws IOException {
        Objects.requireNonNull(invoice, "invoice");
        state(lot != null, "invoice");
        invoiceHeader.reset();
        keys(invoiceHeader, invoice)
                .number("recordType", 2)
                .number("operationKind", invoice.operationKind())
                .date("invoiceDate", invoice.invoiceDate())
                .character("invoiceType", invoice.invoiceType())
                .digits("regime", invoice.regime())
                .digits("caisse", invoice.caisse())
                .digits("centre", invoice.centre())
                .number("proofKind", invoice.proofKind())
                .digits("prescriber", invoice.prescriber())
                .date("prescriptionDate", invoice.prescriptionDate())
                .digits("insuranceNature", invoice.insuranceNature())
                .character("exemption", invoice.exemption())
                .number("substituteCps", 0)
                .text("birthDate", invoice.birthDate())
                .number("birthRank", invoice.birthRank())
                .text("beneficiaryRank", invoice.beneficiaryRank())
                .digits("payee", invoice.payee())
                .text("amcNumber", invoice.amcNumber());
        write(invoiceHeader);
        long fees = 0;
        long amo = 0;
        long amc = 0;
        int sequence = 0;
        for (B2Line l : invoice.lines()) {
            sequence++;
            line.reset();
            keys(line, invoice)
                    .number("recordType", 4)
                    .number("sequence", sequence % 100)
                    .number("approvalCode", 9)
                    .digits("performer", l.performer())
                    .date("actDate", l.actDate())
                    .text("actCode", l.actCode())
                    .number("quantity", l.quantity())
                    .number("coefficient", coefficient(l.coefficient()))
                    .number("count", l.count())
                    .amount("unitPrice", l.unitPrice())
                    .amount("base", l.base())
                    .number("rate", l.rate())
                    .amount("amo", l.amo())
                    .amount("fees", l.fees())
                    .character("qualifier", l.qualifier())
                    .number("placeCode", l.placeCode())
                    .amount("amc", l.amc());
            write(line);
            fees += l.fees().cents();
            amo += l.amo().cents();
            amc += l.amc().cents();
        }
        totals.reset();
        keys(totals, invoice)
                .number("recordType", 5)
                .number("lineCount", invoice.lines().size())
                .number("totalFees", fees)
                .number("totalAmo", amo)
                .number("totalPatient", fees - amo)
                .number("totalAmc", amc)
                .text("octSplit", "");
        write(totals);
        lotInvoices++;
        lotLines += invoice.lines().size();
        lotFees += fees;
        lotAmo += amo;
        lotAmc += amc;
    }

    /** Writes the lot trailer (type 6) with the lot's counters and totals. */
    public void endLot() throws IOException {
        state(lot != null, "endLot");
        lotTrailer.reset()
                .number("recordType", 6)
                .digits("psNumber", lot.psNumber())
                .number("invoiceCount", lotInvoices)
                .number("lineCount", lotLines)
                .number("type2Count", lotInvoices)
                .number("type5Count", lotInvoices)
                .number("totalFees", lotFees)
                .number("totalAmo", lotAmo)
                .number("totalAmc", lotAmc)
                .number("lotNumber", lot.lotNumber())
                .character("marking", lot.marking())
                .character("invoiceType", 'F')
                .text("softwareApproval", lot.softwareApproval())
                .number("substitutePs", 0);
        write(lotTrailer);
        lot = null;
        lots++;
    }

    /** Records written so far. */
    public long records() {
        return records;
    }

    /**
     * Writes the 999 trailer and closes the stream.
     *
     * @throws IllegalStateException when a lot is still open
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        state(lot == null, "close");
        closed = true;
        try (out) {
            trailer.reset()
                    .digits("recordType", "999")
                    .text("senderType", file.senderType())
                    .digits("senderNumber", file.senderNumber())
                    .text("recipientType", file.recipientType())
                    .digits("recipientNumber", file.recipientNumber())
                    .text("application", file.application())
                    .text("fileId", file.fileId())
                    .number("volume", records + 1)
                    .number("lotCount", lots);
            write(trailer);
        }
    }

    private RecordBuilder keys(RecordBuilder record, B2Invoice invoice) {
        return record.digits("psNumber", invoice.psNumber())
                .text("nir", invoice.nir())
                .digits("nirKey", invoice.nirKey())
                .number("invoiceNumber", invoice.invoiceNumber());
    }

    private static long coefficient(BigDecimal coefficient) {
        return coefficient.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    private void write(RecordBuilder record) throws IOException {
        out.write(record.bytes);
        records++;
    }

    private static void state(boolean ok, String call) {
        if (!ok) {
            throw new IllegalStateException(Messages.format("write.state", call));
        }
    }
}
