package org.openfse.transmission.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.lot.BordereauKind;
import org.openfse.core.lot.LotDetail;
import org.openfse.core.lot.LotInvoice;
import org.openfse.core.lot.LotSummary;

/**
 * The bordereau as a PDF (OpenPDF): title by {@link BordereauKind}, then per lot its number,
 * destination, state and invoices (number, patient, care day, billed, AMO, AMC) with the lot
 * totals, then the grand totals. Amounts are written {@code 1 234,56} (French).
 */
final class BordereauPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font PLAIN = new Font(Font.HELVETICA, 9, Font.NORMAL);

    private BordereauPdf() {
    }

    static void write(List<LotDetail> lots, BordereauKind kind, String psLine, LocalDate today, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out).setCloseStream(false);
            document.addTitle(Texts.format("bordereau.title." + kind.name()));
            document.addCreator("OpenFSE");
            document.open();
            document.add(new Paragraph(Texts.format("bordereau.title." + kind.name()), TITLE));
            document.add(new Paragraph(Texts.format("bordereau.subtitle", psLine, DAY.format(today)), PLAIN));
            if (kind != BordereauKind.TRANSMISSION) {
                document.add(new Paragraph(Texts.format("bordereau.note." + kind.name()), PLAIN));
            }
            Money fees = Money.ZERO;
            Money amo = Money.ZERO;
            Money amc = Money.ZERO;
            int invoices = 0;
            for (LotDetail lot : lots) {
                LotSummary s = lot.summary();
                Paragraph heading = new Paragraph(Texts.format("bordereau.lot", s.numberText(), s.destination(),
                        Texts.format("state." + s.state().name()), s.createdAt() == null ? ""
                                : DAY.format(s.createdAt().atZone(B2Mapping.ZONE).toLocalDate()),
                        lot.invoices().size()), BOLD);
                heading.setSpacingBefore(10);
                heading.setSpacingAfter(4);
                document.add(heading);
                PdfPTable table = new PdfPTable(new float[] {14, 34, 14, 13, 12, 13});
                table.setWidthPercentage(100);
                for (String key : List.of("col.number", "col.patient", "col.care", "col.fees", "col.amo", "col.amc")) {
                    table.addCell(cell(Texts.format("bordereau." + key), BOLD, Element.ALIGN_LEFT));
                }
                Money lotFees = Money.ZERO;
                Money lotAmo = Money.ZERO;
                Money lotAmc = Money.ZERO;
                for (LotInvoice invoice : lot.invoices()) {
                    table.addCell(cell(invoice.number().toString(), PLAIN, Element.ALIGN_LEFT));
                    table.addCell(cell(invoice.patientName(), PLAIN, Element.ALIGN_LEFT));
                    table.addCell(cell(invoice.careDate() == null ? "" : DAY.format(invoice.careDate()), PLAIN,
                            Element.ALIGN_LEFT));
                    table.addCell(cell(amount(invoice.totalFees()), PLAIN, Element.ALIGN_RIGHT));
                    table.addCell(cell(amount(invoice.totalAmo()), PLAIN, Element.ALIGN_RIGHT));
                    table.addCell(cell(amount(invoice.totalAmc()), PLAIN, Element.ALIGN_RIGHT));
                    lotFees = lotFees.plus(invoice.totalFees());
                    lotAmo = lotAmo.plus(invoice.totalAmo());
                    lotAmc = lotAmc.plus(invoice.totalAmc());
                }
                PdfPCell label = cell(Texts.format("bordereau.lotTotal", s.numberText()), BOLD, Element.ALIGN_LEFT);
                label.setColspan(3);
                table.addCell(label);
                table.addCell(cell(amount(lotFees), BOLD, Element.ALIGN_RIGHT));
                table.addCell(cell(amount(lotAmo), BOLD, Element.ALIGN_RIGHT));
                table.addCell(cell(amount(lotAmc), BOLD, Element.ALIGN_RIGHT));
                document.add(table);
                fees = fees.plus(lotFees);
                amo = amo.plus(lotAmo);
                amc = amc.plus(lotAmc);
                invoices += lot.invoices().size();
            }
            Paragraph total = new Paragraph(Texts.format("bordereau.grandTotal", lots.size(), invoices, amount(fees),
                    amount(amo), amount(amc)), BOLD);
            total.setSpacingBefore(12);
            document.add(total);
            document.close();
        } catch (DocumentException e) {
            throw Texts.error("bordereau.failed", e.getMessage());
        }
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        return cell;
    }

    /** 1 234,56 (a plain space groups thousands: the PDF base fonts have no narrow space). */
    static String amount(Money money) {
        long cents = Math.abs(money.cents());
        String euros = Long.toString(cents / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(euros.charAt(i));
        }
        return (money.cents() < 0 ? "-" : "") + grouped + "," + String.format("%02d", cents % 100);
    }
}
