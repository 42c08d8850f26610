package org.openfse.noemie.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openfse.noemie.internal.NoemieTestFile.e040;
import static org.openfse.noemie.internal.NoemieTestFile.e071;
import static org.openfse.noemie.internal.NoemieTestFile.e080;
import static org.openfse.noemie.internal.NoemieTestFile.e081;
import static org.openfse.noemie.internal.NoemieTestFile.e102;
import static org.openfse.noemie.internal.NoemieTestFile.e103;
import static org.openfse.noemie.internal.NoemieTestFile.e198;
import static org.openfse.noemie.internal.NoemieTestFile.e199;
import static org.openfse.noemie.internal.NoemieTestFile.e990;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.returns.ActSettlement;
import org.openfse.core.returns.InvoiceSettlement;
import org.openfse.core.returns.ParsedReturn;
import org.openfse.core.returns.Part;
import org.openfse.core.returns.PartSettlement;
import org.openfse.core.returns.PartState;
import org.openfse.core.returns.PaymentGroup;
import org.openfse.core.returns.RecordError;
import org.openfse.core.returns.ReturnListener;
import org.openfse.core.returns.RspMark;
import org.openfse.noemie.internal.NoemieTestFile.Layout;
import org.openfse.noemie.internal.NoemieTestFile.Stream;

/**
 * Field decoding and nesting of every entity (NOEMIE-PS.md sections 6 and 7) on files built by
 * hand; values after seed 002 (NIR PAT01, birth 30/11/1999, AMC 1100000000, organisme 10349000).
 */
class ReturnAssemblerTest {

    private static ParsedReturn parse(Stream stream, int lots, long total) throws IOException {
        byte[] file = NoemieTestFile.join(NoemieTestFile.records("F00300", stream, lots, total), "");
        return new NoemieReturnProcessor().parse(new ByteArrayInputStream(file));
    }

    private static List<String> codes(ParsedReturn parsed) {
        return parsed.summary().errors().stream().map(RecordError::code).toList();
    }

    static String e020(long payee) {
        return new Layout(21).text(1, 3, "020").text(4, 5, "01").num(6, 20, payee).text(21, 21, "@").toString();
    }

    static String e070(int yymmdd) {
        return new Layout(12).text(1, 3, "070").text(4, 5, "02").num(6, 11, yymmdd).text(12, 12, "@").toString();
    }

    static String e100(int invoice) {
        return new Layout(15).text(1, 3, "100").text(4, 5, "04").num(6, 14, invoice).text(15, 15, "@").toString();
    }

    static String e120(int birth, String name, String firstName) {
        return new Layout(57).text(1, 3, "120").text(4, 5, "05").num(6, 11, birth).text(12, 12, "1").text(13, 37, name)
                .text(38, 52, firstName).text(57, 57, "@").toString();
    }

    static String e150(String kind) {
        return new Layout(8).text(1, 3, "150").text(4, 5, "05").text(6, 7, kind).text(8, 8, "@").toString();
    }

    static String e160(long archive) {
        return new Layout(23).text(1, 3, "160").text(4, 5, "05").num(6, 22, archive).text(23, 23, "@").toString();
    }

    /** 7.17: line 1, care 28/05/2024, unit 5.52, base 5.52, rate 60, reimbursed 3.31, AMI, 1 act, coefficient 00100. */
    static String e210() {
        return new Layout(118).text(1, 3, "210").text(4, 5, "05").num(6, 7, 1).num(22, 27, 240528).num(34, 41, 552)
                .num(42, 49, 552).num(50, 52, 60).num(53, 60, 331).text(61, 61, "P").text(62, 64, "AMI").num(67, 69, 1)
                .num(70, 74, 100).num(78, 85, 552).text(86, 87, "TM").num(99, 101, 40).num(102, 109, 221)
                .text(118, 118, "@").toString();
    }

    static String e295(String comment) {
        return new Layout(135).text(1, 3, "295").text(4, 5, "05").text(6, 6, "A").text(7, 134, comment).text(135, 135, "@")
                .toString();
    }

    @Test
    void everyInvoiceEntityIsDecodedAndAttachedToItsInvoice() throws IOException {
        Stream stream = new Stream().add(e020(123456789L), e040(992604231L),
                e071(240529, "VIR AMO LIGNE 1 - 7FR-2", "VIR AMO LIGNE 2 - 7FR-2", "10349000"), e081(1), e080(240528, 25),
                e102(254, 25, 240528), e103("PAT01", 0, "ESSAI", "ALEXANDRE"), e120(991130, "AUTRE", "NOM"), e150("AS"),
                e160(12345L), e198(552, "P", 331), e199(221, "P", 221, "1100000000"), e210(), e295("TAUX 60 %"),
                e990("080240528025", 1, 552), e990("071240529", 1, 552));

        ParsedReturn parsed = parse(stream, 1, 552);

        assertEquals(List.of(), parsed.summary().errors());
        PaymentGroup group = parsed.payments().get(0);
        assertEquals(LocalDate.of(2024, 5, 29), group.date());
        assertEquals(List.of("VIR AMO LIGNE 1 - 7FR-2", "VIR AMO LIGNE 2 - 7FR-2"), group.labels());
        assertEquals("10349000", group.payer());
        assertEquals("992604231", group.payee());
        assertEquals("123456789", group.agent());
        assertEquals(Money.parse("5.52"), group.amount());
        assertEquals(List.of("01"), group.returnTypes());
        InvoiceSettlement invoice = group.invoices().get(0);
        assertEquals("000000254", invoice.invoiceNumber());
        assertEquals("025", invoice.lotNumber());
        assertEquals(LocalDate.of(2024, 5, 28), invoice.lotDate());
        assertEquals("F", invoice.invoiceType());
        assertEquals("01", invoice.returnType());
        assertTrue(invoice.complete());
        // 103 comes first: its NIR (13 + key "00") and names win over the 120
        assertEquals(new InvoiceSettlement.Beneficiary("PAT0100", "ESSAI", "ALEXANDRE", LocalDate.of(1999, 11, 30)),
                invoice.beneficiary());
        assertEquals(new PartSettlement(Part.AMO, Money.parse("5.52"), PartState.PAID, Money.parse("3.31"), "", ""),
                invoice.amo().orElseThrow());
        assertTrue(invoice.amo().orElseThrow().partlyPaid());
        assertEquals(new PartSettlement(Part.AMC, Money.parse("2.21"), PartState.PAID, Money.parse("2.21"), "1100000000", ""),
                invoice.amc().orElseThrow());
        ActSettlement act = invoice.acts().get(0);
        assertEquals(new ActSettlement(1, LocalDate.of(2024, 5, 28), Money.parse("5.52"), Money.parse("5.52"), 60,
                Money.parse("3.31"), "AMI", 1, "00100", Money.parse("5.52"), "TM", 40, Money.parse("2.21")), act);
        assertEquals(1, invoice.reasons().size());
        assertTrue(invoice.reasons().get(0).comment());
        assertEquals("TAUX 60 %", invoice.reasons().get(0).label());
        assertEquals(List.of(), invoice.rejectCodes());
    }

    @Test
    void shortInvoiceTakesItsLotFromThe080AndA070OpensAGroupWithoutWording() throws IOException {
        Stream stream = new Stream().add(e040(992604231L), e070(240530), e081(1), e080(240528, 26), e100(260),
                e198(100, "P", 100), e990("080240528026", 1, 100), e990("070240530", 1, 100));

        ParsedReturn parsed = parse(stream, 1, 100);

        assertEquals(List.of(), parsed.summary().errors());
        PaymentGroup group = parsed.payments().get(0);
        assertEquals(LocalDate.of(2024, 5, 30), group.date());
        assertEquals(List.of(), group.labels());
        assertEquals("", group.payer());
        InvoiceSettlement invoice = group.invoices().get(0);
        assertEquals("000000260", invoice.invoiceNumber());
        assertEquals("026", invoice.lotNumber());
        assertEquals(LocalDate.of(2024, 5, 28), invoice.lotDate());
    }

    @Test
    void badFieldsAreReportedAndTheirEntityIsNotUsed() throws IOException {
        String badAmount = e198(552, "P", 552).replace("00000552P@", "0000X552P@");
        String badSign = e198(100, "P", 100).replace("00000100P@", "00000100X@");
        Stream stream = new Stream().add(e040(992604231L), e071(240529, "VIR", "", "10349000"), e081(1), e080(240528, 25),
                e102(254, 25, 240528), badAmount, e102(255, 25, 240528), badSign,
                e990("080240528025", 2, 652), e990("071240529", 1, 652));

        ParsedReturn parsed = parse(stream, 1, 652);

        // two BAD_FIELD, then the controls no longer match what was read (nothing paid was read)
        assertEquals(List.of("BAD_FIELD", "BAD_FIELD", "CONTROL_MISMATCH", "CONTROL_MISMATCH", "TRAILER_TOTAL"),
                codes(parsed));
        assertTrue(parsed.summary().errors().get(0).reason().contains("amount paid"), parsed.summary().errors().get(0).reason());
        assertTrue(parsed.summary().errors().get(1).reason().contains("neither P nor N"), parsed.summary().errors().get(1).reason());
        PaymentGroup group = parsed.payments().get(0);
        assertFalse(group.complete());
        assertEquals(2, group.invoices().size());
        for (InvoiceSettlement invoice : group.invoices()) {
            assertFalse(invoice.complete(), invoice.invoiceNumber());
            assertTrue(invoice.amo().isEmpty(), "an amount that cannot be read is never guessed");
        }
        assertEquals(Money.parse("6.52"), group.declaredAmount().orElseThrow());
        assertEquals(Money.ZERO, group.computedAmount());
    }

    @Test
    void rejectMarksFollowTheWording() {
        // seeds 000 and 001: "Traitement caisse", "Traitement manuel", "?"; anything else is final
        assertEquals(RspMark.CAISSE_PROCESSING, RspMark.of("", "TRAITEMENT CAISSE"));
        assertEquals(RspMark.MANUAL_PROCESSING, RspMark.of("0123", "Facture en traitement manuel"));
        assertEquals(RspMark.UNDETERMINED, RspMark.of("?", ""));
        assertEquals(RspMark.FINAL, RspMark.of("4025", "DROITS NON OUVERTS"));
        assertTrue(RspMark.FINAL.allowsDefacturation());
        assertFalse(RspMark.UNDETERMINED.allowsDefacturation());
    }

    @Test
    void groupsAreHandedOverOneAtATime() throws IOException {
        Stream stream = new Stream().add(e040(992604231L));
        for (int g = 1; g <= 3; g++) {
            stream.add(e071(240600 + g, "VIR " + g, "", "10349000"), e081(1), e080(240528, g), e102(300 + g, g, 240528),
                    e198(100, "P", 100), e990("080240528" + "%03d".formatted(g), 1, 100), e990("071" + (240600 + g), 1, 100));
        }
        byte[] file = NoemieTestFile.join(NoemieTestFile.records("F00301", stream, 3, 300), "");
        List<String> seen = new ArrayList<>();

        new NoemieReturnProcessor().read(new ByteArrayInputStream(file), new ReturnListener() {
            @Override
            public void payment(PaymentGroup group) {
                seen.add(group.labels().get(0) + ":" + group.invoices().get(0).invoiceNumber());
            }
        });

        assertEquals(List.of("VIR 1:000000301", "VIR 2:000000302", "VIR 3:000000303"), seen);
    }
}
