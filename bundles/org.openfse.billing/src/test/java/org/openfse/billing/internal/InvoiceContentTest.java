package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceKind;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.meta.OpenfseFactory;

/** Seed 002 invoice 254 written into a model invoice, and its negative counterpart (seed 000). */
class InvoiceContentTest {

    private static final Instant NOW = Instant.parse("2024-05-28T10:00:00Z");

    private static Invoice filled(Beneficiary beneficiary) {
        Invoice invoice = OpenfseFactory.eINSTANCE.createInvoice();
        InvoiceContent.fill(invoice, Seed254.draft(), beneficiary, null, "991000001", NOW);
        return invoice;
    }

    @Test
    void copiesTheLinesAndTotalsToTheCent() {
        Beneficiary beneficiary = Seed254.desmaux();
        Invoice invoice = filled(beneficiary);

        assertEquals(InvoiceKind.FSE, invoice.getKind());
        assertEquals(Seed254.CARE, invoice.getCareDate());
        assertSame(beneficiary, invoice.getBeneficiary());
        assertSame(beneficiary.getAmoCoverages().get(0), invoice.getAmoCoverage());
        assertEquals(List.of("VU3", "VU3", "M03"), invoice.getLines().stream().map(InvoiceLine::getActCode).toList());
        assertEquals(List.of("7230795", "7230795", "7211674"), invoice.getLines().stream().map(InvoiceLine::getLppCode).toList());
        assertEquals(List.of(Money.parse("24.82"), Money.parse("24.82"), Money.parse("50.36")),
                invoice.getLines().stream().map(InvoiceLine::getAmc).toList());
        assertEquals(Money.parse("415.00"), invoice.getTotalFees());
        assertEquals(Money.parse("0.09"), invoice.getTotalAmo());
        assertEquals(Money.parse("100.00"), invoice.getTotalAmc());
        assertEquals(Money.parse("314.91"), invoice.getTotalPatient());
        assertEquals(60, invoice.getLines().get(2).getRate());
        assertEquals(Money.parse("0.05"), invoice.getLines().get(2).getBase());
    }

    @Test
    void theCounterpartIsNegative() {
        Invoice invoice = filled(Seed254.desmaux());

        Invoice counterpart = InvoiceContent.copyOf(invoice, true);

        assertEquals(Money.parse("-415.00"), counterpart.getTotalFees());
        assertEquals(Money.parse("-0.09"), counterpart.getTotalAmo());
        assertEquals(Money.parse("-100.00"), counterpart.getTotalAmc());
        assertEquals(Money.parse("-314.91"), counterpart.getTotalPatient());
        assertEquals(Money.parse("-50.36"), counterpart.getLines().get(2).getAmc());
        assertEquals(Money.parse("-209.00"), counterpart.getLines().get(2).getFees());
        assertSame(invoice.getBeneficiary(), counterpart.getBeneficiary());
        assertNull(counterpart.getNumber());
        assertEquals(3, invoice.getLines().size(), "the source keeps its lines");
    }

    @Test
    void aPlainCopyKeepsTheAmounts() {
        Invoice invoice = filled(Seed254.desmaux());

        Invoice copy = InvoiceContent.copyOf(invoice, false);

        assertEquals(Money.parse("415.00"), copy.getTotalFees());
        assertEquals(Money.parse("78.15"), copy.getLines().get(0).getPatientShare());
        assertEquals(0, copy.getAttachments().size());
    }
}
