package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.meta.OpenfseFactory;

/** The sealed bytes of seed 002 invoice 254, written out by hand. */
class CanonicalContentTest {

    private final Beneficiary beneficiary = Seed254.desmaux();

    private Invoice invoice() {
        Invoice invoice = OpenfseFactory.eINSTANCE.createInvoice();
        InvoiceContent.fill(invoice, Seed254.draft(), beneficiary, null, "991000001", Instant.parse("2024-05-28T10:00:00Z"));
        invoice.setNumber(new InvoiceNumber(254));
        return invoice;
    }

    /** Justifications are the model's default (NONE) until the rates are checked. */
    @Test
    void theContentOfInvoice254() {
        String expected = """
                OPENFSE-INVOICE/1
                ps=991000001
                number=000000254
                kind=FSE
                careDate=2024-05-28
                beneficiary=DESMAUX|NATHALIE|2550699999999|34|19550615|1|00
                nature=MALADIE
                coverage=false|false|false|false|||
                justification=NONE|NONE
                tiersPayant=false|false
                prescription=
                line=VU3|7230795|2024-05-28|1|1|103.00|103.00|0.05|60|0.03|24.82|78.15
                line=VU3|7230795|2024-05-28|1|1|103.00|103.00|0.05|60|0.03|24.82|78.15
                line=M03|7211674|2024-05-28|1|1|209.00|209.00|0.05|60|0.03|50.36|158.61
                totals=415.00|0.09|100.00|314.91
                """;

        assertEquals(expected, new String(CanonicalContent.of("991000001", invoice(), beneficiary), StandardCharsets.UTF_8));
    }

    @Test
    void theSameInvoiceGivesTheSameBytes() {
        assertArrayEquals(CanonicalContent.of("991000001", invoice(), beneficiary),
                CanonicalContent.of("991000001", invoice(), beneficiary));
    }

    @Test
    void aCentChangedChangesTheBytes() {
        Invoice changed = invoice();
        changed.getLines().get(0).setAmc(Money.parse("24.83"));

        assertFalse(Arrays.equals(CanonicalContent.of("991000001", invoice(), beneficiary),
                CanonicalContent.of("991000001", changed, beneficiary)));
    }

    @Test
    void stateAndLotAreNotSealed() {
        Invoice moved = invoice();
        moved.setState(org.openfse.core.billing.InvoiceState.SENT);

        assertArrayEquals(CanonicalContent.of("991000001", invoice(), beneficiary),
                CanonicalContent.of("991000001", moved, beneficiary));
    }

    @Test
    void separatorsInFreeTextCannotForgeAField() {
        Beneficiary tricky = Seed254.desmaux();
        tricky.setLastName("DESMAUX|X\nline=FAKE");
        String text = new String(CanonicalContent.of("991000001", invoice(), tricky), StandardCharsets.UTF_8);

        assertEquals(3, text.lines().filter(l -> l.startsWith("line=")).count());
    }
}
