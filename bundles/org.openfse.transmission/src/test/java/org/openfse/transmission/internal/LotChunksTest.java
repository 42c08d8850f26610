package org.openfse.transmission.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.model.api.Invoice;
import org.openfse.model.meta.OpenfseFactory;

/** A lot holds at most 999 invoices and 9999 act lines: the widths of B2 type 6 positions 11-13 and 14-17. */
class LotChunksTest {

    private static List<Invoice> invoices(int count, int linesEach) {
        List<Invoice> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Invoice invoice = OpenfseFactory.eINSTANCE.createInvoice();
            for (int l = 0; l < linesEach; l++) {
                invoice.getLines().add(OpenfseFactory.eINSTANCE.createInvoiceLine());
            }
            list.add(invoice);
        }
        return list;
    }

    @Test
    void thousandInvoicesMakeTwoLots() {
        assertEquals(List.of(999, 1), LotMaker.chunks(invoices(1000, 1)).stream().map(List::size).toList());
    }

    @Test
    void linesLimitTheLotToo() {
        // 20 lines each: 499 invoices = 9980 lines, the 500th would make 10000
        assertEquals(List.of(499, 1), LotMaker.chunks(invoices(500, 20)).stream().map(List::size).toList());
    }
}
