package org.openfse.transmission.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.b2.B2Checker;
import org.openfse.b2.B2File;
import org.openfse.b2.B2Files;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.command.CliCommand;
import org.openfse.core.lot.BordereauKind;
import org.openfse.core.lot.LotDetail;
import org.openfse.core.lot.LotFile;
import org.openfse.core.lot.LotInvoice;
import org.openfse.core.lot.LotQuery;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotState;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.lot.PendingFile;
import org.openfse.core.store.Store;
import org.openfse.model.api.Invoice;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The whole chain on the real runtime (Derby store with the demo data, billing, SESAM reference
 * engine, tariff): demo invoices, mettre en lot, mettre en fichier, sending with a simulated crash,
 * ARL, resend after a negative ARL, no ARL, bordereau read back.
 */
@ExtendWith(ServiceExtension.class)
class LotChainOsgiTest {

    @InjectService(timeout = 20_000)
    Store store;

    @InjectService(timeout = 20_000)
    LotService lots;

    @InjectService(filter = "(openfse.command=demo)", timeout = 20_000)
    CliCommand demo;

    /** Demo folders 0, 1, 2 belong to caisses 751, 691 and 131 of régime 01 (DemoSeeder.CAISSES). */
    @Test
    void billLotFileSendAcknowledgeAndPrint() throws Exception {
        String ps = TestPractitioners.freshPsNumber();
        TestPractitioners.nurse(store, ps, 25);
        Cli billed = Cli.run(demo, "bill", "3", "--ps", ps);
        assertEquals(CliCommand.OK, billed.code(), billed.err());

        List<LotSummary> made = lots.makeLots("test", ps);
        Map<String, LotSummary> byDestination = new TreeMap<>();
        made.forEach(l -> byDestination.put(l.destination(), l));
        assertEquals(List.of("01 131", "01 691", "01 751"), List.copyOf(byDestination.keySet()));
        // numbered in order of destination from the practitioner's next number (seed 002 shows 025, 026, 027)
        assertEquals(List.of("025", "026", "027"), byDestination.values().stream().map(LotSummary::numberText).toList());
        made.forEach(l -> assertEquals(LotState.IN_LOT, l.state()));
        made.forEach(l -> assertEquals(1, l.invoiceCount()));
        assertEquals(List.of(), lots.makeLots("test", ps), "nothing left to put in a lot");

        // deadlines (R161-47 CSS): 8 working days with dispense d'avance (demo invoices 1 and 3), 3 without (2)
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        assertEquals(List.of(), lots.deadlineWarnings(ps, today));
        List<org.openfse.core.lot.DeadlineWarning> late = lots.deadlineWarnings(ps, today.plusDays(30));
        assertEquals(3, late.size(), late::toString);
        assertTrue(late.stream().allMatch(org.openfse.core.lot.DeadlineWarning::overdue));
        assertEquals(List.of(3, 8, 8), late.stream().map(org.openfse.core.lot.DeadlineWarning::workingDays).sorted().toList());
        assertTrue(late.stream().allMatch(w -> w.deadline().equals(
                org.openfse.core.lot.WorkingDays.plus(today, w.workingDays()))));

        LotSummary first = byDestination.get("01 751");
        LotDetail detail = lots.lot(first.id());
        LotInvoice invoice = detail.invoices().get(0);
        assertEquals(InvoiceState.IN_LOT, invoice.state());
        Money fees = store.inTransaction(tx -> tx.repository(Invoice.class).get(invoice.invoiceId()).getTotalFees());
        assertEquals(fees, first.totalFees());

        // mettre en fichier: a B2 file that checks, with its SHA-256 and size recorded
        LotFile file = lots.makeFile("test", first.id());
        assertTrue(Files.isRegularFile(file.path()), file.path().toString());
        assertEquals(Files.size(file.path()), file.sizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.path()))),
                file.sha256());
        try (InputStream in = Files.newInputStream(file.path())) {
            assertEquals(List.of(), B2Checker.check(in));
        }
        B2File b2;
        try (InputStream in = Files.newInputStream(file.path())) {
            b2 = B2Files.read(in);
        }
        assertEquals(1, b2.lots().size());
        assertEquals(25 + 2, b2.lots().get(0).header().lotNumber());
        assertEquals("751", b2.lots().get(0).header().organisme());
        assertEquals(invoice.number().value(), b2.lots().get(0).invoices().get(0).invoiceNumber());
        assertEquals(fees, b2.lots().get(0).invoices().get(0).totalFees());
        assertEquals(LotState.FILE_CREATED, lots.lot(first.id()).summary().state());
        assertEquals(file, lots.makeFile("test", first.id()), "mettre en fichier twice gives the same file");

        // sending: attempt 1 begun, then a "crash" before markSent: listed again as a resend
        PendingFile pending = pendingOf(first.id());
        assertEquals(1, pending.attempt());
        assertFalse(pending.resend());
        lots.beginSend("test", first.id(), "mail", 1);
        lots.beginSend("test", first.id(), "mail", 1); // repeated: nothing changes
        PendingFile again = pendingOf(first.id());
        assertEquals(2, again.attempt());
        assertTrue(again.resend(), "an attempt that may have reached the payer makes the next one a resend");
        lots.beginSend("test", first.id(), "mail", 2);
        lots.markSent("test", first.id(), "mail", 2);
        lots.markSent("test", first.id(), "mail", 2); // idempotent
        lots.markSent("test", first.id(), "mail", 1); // stale: ignored
        LotSummary sent = lots.lot(first.id()).summary();
        assertEquals(LotState.RESENT, sent.state(), "never shown as sent twice without Réexpédié");
        assertEquals(2, sent.attempts());
        assertTrue(lots.filesToSend().stream().noneMatch(f -> f.lotId() == first.id()));
        assertEquals(InvoiceState.SENT, lots.lot(first.id()).invoices().get(0).state());

        // ARL positive, recorded once
        assertTrue(lots.recordAck("test", first.id(), true, "", "ARL positif", "ARL-027.xml", Instant.now()));
        assertFalse(lots.recordAck("test", first.id(), true, "", "ARL positif", "ARL-027.xml", Instant.now()));
        LotDetail acknowledged = lots.lot(first.id());
        assertEquals(LotState.ARL_POSITIVE, acknowledged.summary().state());
        assertEquals(1, acknowledged.acks().size());
        assertEquals(InvoiceState.ARL_POSITIVE, acknowledged.invoices().get(0).state());

        // negative ARL: listed again, sent as RESENT, invoices back to SENT
        LotSummary second = byDestination.get("01 691");
        lots.makeFile("test", second.id());
        lots.beginSend("test", second.id(), "mail", 1);
        lots.markSent("test", second.id(), "mail", 1);
        assertEquals(LotState.SENT, lots.lot(second.id()).summary().state());
        lots.recordAck("test", second.id(), false, "4025", "Lot rejeté : erreur de structure", "ARL-026.xml", Instant.now());
        assertEquals(InvoiceState.ARL_NEGATIVE, lots.lot(second.id()).invoices().get(0).state());
        PendingFile resend = pendingOf(second.id());
        assertEquals(2, resend.attempt());
        assertTrue(resend.resend());
        lots.beginSend("test", second.id(), "mail", 2);
        lots.markSent("test", second.id(), "mail", 2);
        LotDetail resent = lots.lot(second.id());
        assertEquals(LotState.RESENT, resent.summary().state());
        assertEquals(InvoiceState.SENT, resent.invoices().get(0).state());
        assertEquals("Code : 4025 Lot rejeté : erreur de structure", resent.summary().lastAckText());

        // no ARL 48 hours (default ackDelayHours) after sending: to resend
        LotSummary third = byDestination.get("01 131");
        lots.makeFile("test", third.id());
        lots.beginSend("test", third.id(), "mail", 1);
        lots.markSent("test", third.id(), "mail", 1);
        assertEquals(List.of(), lots.checkAckDelays("test", Instant.now().plus(Duration.ofHours(47))).stream()
                .filter(l -> l.id() == third.id()).toList());
        List<LotSummary> noArl = lots.checkAckDelays("test", Instant.now().plus(Duration.ofHours(49)));
        assertTrue(noArl.stream().anyMatch(l -> l.id() == third.id() && l.state() == LotState.NO_ARL_RESEND), noArl::toString);
        assertTrue(lots.filesToSend().stream().anyMatch(f -> f.lotId() == third.id() && f.resend()));

        // bordereau: a real PDF whose text gives the lots, invoices and totals
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        lots.writeBordereau(List.of(first.id(), second.id()), BordereauKind.TRANSMISSION, pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("Bordereau de télétransmission"), text);
        assertTrue(text.contains("Lot 026"), text);
        assertTrue(text.contains("Lot 027"), text);
        assertTrue(text.contains(invoice.number().toString()), text);
        Money total = fees.plus(lots.lot(second.id()).summary().totalFees());
        String expected = "Total général : 2 lot(s), 2 facture(s) — facturé " + french(total) + " €";
        assertTrue(text.replace('\n', ' ').contains(expected), () -> expected + " in " + text);

        Path saved = lots.writeBordereau(List.of(first.id()), BordereauKind.DUPLICATE);
        assertTrue(Files.size(saved) > 0 && saved.getFileName().toString().endsWith(".pdf"));
        assertTrue(lots.lots(LotQuery.of(ps)).size() >= 3);
    }

    @Test
    void onlyTheSelectedSecuredInvoicesGoInALot() {
        String ps = TestPractitioners.freshPsNumber();
        TestPractitioners.nurse(store, ps, 7);
        assertEquals(CliCommand.OK, Cli.run(demo, "bill", "2", "--ps", ps).code());
        List<Long> ids = store.inTransaction(tx -> {
            long pid = tx.repository(org.openfse.model.api.Practitioner.class).idOf(
                    tx.repository(org.openfse.model.api.Practitioner.class).findBy("psNumber", ps).get(0));
            return tx.repository(Invoice.class).findBy("practitioner", pid).stream()
                    .map(i -> tx.repository(Invoice.class).idOf(i)).sorted().toList();
        });
        assertEquals(2, ids.size());
        List<LotSummary> made = lots.makeLots("test", List.of(ids.get(0)));
        assertEquals(1, made.size());
        assertEquals("007", made.get(0).numberText());
        assertEquals(1, made.get(0).invoiceCount());
        assertEquals(InvoiceState.SECURED,
                store.inTransaction(tx -> tx.repository(Invoice.class).get(ids.get(1)).getState()));
        org.openfse.core.lot.LotException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.openfse.core.lot.LotException.class, () -> lots.makeLots("test", List.of(ids.get(0))));
        assertTrue(refused.getMessage().contains("ne peut pas être mise en lot : elle est à l'état IN_LOT"),
                refused.getMessage());
    }

    /** 12,30: written here from the cents, independently of the bordereau code. */
    private static String french(Money money) {
        return (money.cents() / 100) + "," + String.format("%02d", money.cents() % 100);
    }

    private PendingFile pendingOf(long lotId) {
        return lots.filesToSend().stream().filter(f -> f.lotId() == lotId).findFirst()
                .orElseThrow(() -> new AssertionError("lot " + lotId + " not listed: " + lots.filesToSend()));
    }
}
