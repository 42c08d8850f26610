package org.openfse.noemie.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.returns.ImportResult;
import org.openfse.core.returns.ImportStatus;
import org.openfse.core.returns.MovementView;
import org.openfse.core.returns.ReturnImport;
import org.openfse.core.returns.ReturnQueries;
import org.openfse.core.returns.RspMark;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Store;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.simulator.AcceptedLot;
import org.openfse.simulator.ReplyFile;
import org.openfse.simulator.ScriptedNoemieReplies;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The payer simulator's NOEMIE reply to an accepted lot ({@link ScriptedNoemieReplies}, after the
 * positive ARL) imported into the store: the scripted outcomes become invoice states through the
 * real billing service. Lot 030, invoices 604 (paid), 607 (rejected
 * 4025), 608 (paid 1.00 less), 609 ("traitement caisse"), a withholding of 1.00 (lot ending 0).
 */
@ExtendWith(ServiceExtension.class)
class SimulatorRepliesOsgiTest {

    private static final long TIMEOUT = 30_000;

    /** A practitioner of its own, so that this class and {@link ReturnImportOsgiTest} run in any order. */
    private static final String PS = "991111118";

    /** B2 Type 5 (B2.md 5.26): invoice number 27-35, AMO total 66-73. */
    private static String type5(int invoice, long amoCents) {
        char[] record = " ".repeat(128).toCharArray();
        record[0] = '5';
        "%09d".formatted(invoice).getChars(0, 9, record, 26);
        "%08d".formatted(amoCents).getChars(0, 8, record, 65);
        return new String(record);
    }

    @Test
    void theScriptedReplyPaysRejectsAndWithholds(@InjectService(timeout = TIMEOUT) Store store,
            @InjectService(timeout = TIMEOUT) ReturnImport imports, @InjectService(timeout = TIMEOUT) ReturnQueries queries)
            throws IOException {
        store.inTransaction("test", tx -> {
            Practitioner ps = OpenfseFactory.eINSTANCE.createPractitioner();
            ps.setPsNumber(PS);
            tx.repository(Practitioner.class).insert(ps);
            for (int n : List.of(604, 607, 608, 609)) {
                Invoice invoice = OpenfseFactory.eINSTANCE.createInvoice();
                invoice.setNumber(new InvoiceNumber(n));
                invoice.setState(InvoiceState.ARL_POSITIVE);
                invoice.setSecureMode(SecureMode.SESAM_VITALE);
                invoice.setInvoiceDate(LocalDate.of(2024, 6, 10));
                invoice.setCareDate(LocalDate.of(2024, 6, 10));
                invoice.setTotalAmo(Money.parse("5.52"));
                invoice.setAmoTiersPayant(true);
                ps.getInvoices().add(invoice);
                tx.repository(Invoice.class).insert(invoice);
            }
            return null;
        });
        String b2 = type5(604, 552) + type5(607, 552) + type5(608, 552) + type5(609, 552);
        AcceptedLot lot = new AcceptedLot("B2-030.b2", "mail", PS, "349", 30, LocalDate.of(2024, 6, 10),
                b2.getBytes(StandardCharsets.US_ASCII));
        ReplyFile reply = new ScriptedNoemieReplies().afterPositiveArl(lot).get(0);

        ImportResult result = imports.importStream(reply.name(), new ByteArrayInputStream(reply.content()), "mail");

        assertEquals(ImportStatus.IMPORTED, result.status(), result.errors().toString());
        assertEquals(List.of(InvoiceState.PAID, InvoiceState.REJECTED, InvoiceState.PARTLY_PAID, InvoiceState.ARL_POSITIVE),
                store.inTransaction(tx -> List.of(604, 607, 608, 609).stream().map(n -> tx.repository(Invoice.class)
                        .findBy("number", new InvoiceNumber(n)).get(0).getState()).toList()));
        long invoice609 = store.inTransaction(tx -> tx.repository(Invoice.class).idOf(
                tx.repository(Invoice.class).findBy("number", new InvoiceNumber(609)).get(0)));
        assertEquals(RspMark.CAISSE_PROCESSING, queries.rejects(invoice609).get(0).mark(),
                "sent back to the caisse: not rejected, not to be défacturée");
        List<MovementView> retenues = queries.retenues(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 11));
        assertEquals(1, retenues.size());
        assertEquals("DETTE030", retenues.get(0).debtReference());
        assertEquals(Money.parse("-1.00"), retenues.get(0).amount());
        // 5.52 + 0 + 4.52 + 0 - 1.00
        assertEquals(Money.parse("9.04"), queries.transfers(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 11)).get(0).amount());
    }
}
