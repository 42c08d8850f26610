package org.openfse.noemie.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.returns.FollowUpFilter;
import org.openfse.core.returns.FollowUpState;
import org.openfse.core.returns.ImportResult;
import org.openfse.core.returns.ImportStatus;
import org.openfse.core.returns.InvoiceFollowUp;
import org.openfse.core.returns.Lettrage;
import org.openfse.core.returns.MovementView;
import org.openfse.core.returns.OneOffView;
import org.openfse.core.returns.ReturnFileView;
import org.openfse.core.returns.ReturnImport;
import org.openfse.core.returns.ReturnQueries;
import org.openfse.core.returns.RspMark;
import org.openfse.core.returns.TransferDetail;
import org.openfse.core.returns.TransferView;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Payment;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.ReturnFile;
import org.openfse.model.meta.OpenfseFactory;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Import and lettrage of NOEMIE returns on the real Derby store, wired by Felix SCR: files built
 * by hand ({@link NoemieFiles}, seed 002 amounts), verbatim copy, idempotence, error isolation,
 * quarantine, automatic lettrage with the invoice states, the follow-up views, manual lettrage.
 *
 * <p>The invoice states move through the real billing service (bundle {@code org.openfse.billing}),
 * which then défacture and refacture the rejected invoice.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReturnImportOsgiTest {

    private static final long TIMEOUT = 30_000;

    @BeforeAll
    static void invoices(@InjectService(timeout = TIMEOUT) Store store) {
        store.inTransaction("test", tx -> {
            OpenfseFactory f = OpenfseFactory.eINSTANCE;
            Practitioner ps = f.createPractitioner();
            ps.setPsNumber(NoemieFiles.PS);
            ps.setLastName("ESSAI");
            org.openfse.model.api.PractitionerSettings settings = f.createPractitionerSettings();
            settings.setNextInvoiceNumber(1000);
            ps.setSettings(settings);
            tx.repository(Practitioner.class).insert(ps);
            Lot lot = f.createLot();
            lot.setNumber(25);
            ps.getLots().add(lot);
            tx.repository(Lot.class).insert(lot);
            // seed 002, Suivi facturations: 254 100.09 (AMO 0.09 + AMC 100.00), 257 5.40, 212 0.03, 213 5.52
            invoice(tx, ps, lot, 254, "0.09", "100.00", SecureMode.SESAM_VITALE);
            invoice(tx, ps, lot, 257, "5.40", "0.00", SecureMode.SESAM_VITALE);
            invoice(tx, ps, lot, 212, "0.03", "0.00", SecureMode.DEGRADE);
            invoice(tx, ps, lot, 213, "5.52", "0.00", SecureMode.SESAM_VITALE);
            invoice(tx, ps, lot, 300, "12.00", "0.00", SecureMode.SESAM_VITALE);
            return null;
        });
    }

    private static void invoice(Transaction tx, Practitioner ps, Lot lot, int number, String amo, String amc, SecureMode mode) {
        Invoice invoice = OpenfseFactory.eINSTANCE.createInvoice();
        invoice.setNumber(new InvoiceNumber(number));
        invoice.setState(InvoiceState.ARL_POSITIVE);
        invoice.setSecureMode(mode);
        invoice.setInvoiceDate(LocalDate.of(2024, 5, 28));
        invoice.setCareDate(LocalDate.of(2024, 5, 28));
        invoice.setTotalAmo(Money.parse(amo));
        invoice.setTotalAmc(Money.parse(amc));
        invoice.setAmoTiersPayant(true);
        invoice.setAmcTiersPayant(!Money.parse(amc).isZero());
        invoice.setLot(lot);
        ps.getInvoices().add(invoice);
        tx.repository(Invoice.class).insert(invoice);
    }

    private static Map<Integer, InvoiceState> states(Store store) {
        return store.inTransaction(tx -> {
            Map<Integer, InvoiceState> states = new HashMap<>();
            for (int n : List.of(254, 257, 212, 213, 300)) {
                Invoice invoice = tx.repository(Invoice.class).findBy("number", new InvoiceNumber(n)).get(0);
                states.put(n, invoice.getState());
            }
            return states;
        });
    }

    @Test
    @Order(1)
    void aSeedLikeReturnIsStoredVerbatimImportedAndLettered(@InjectService(timeout = TIMEOUT) ReturnImport imports,
            @InjectService(timeout = TIMEOUT) Store store, @InjectService(timeout = TIMEOUT) ReturnQueries queries)
            throws IOException {
        byte[] file = NoemieFiles.seedLike("F00200");

        ImportResult result = imports.importStream("RSP-F00200.noemie", new ByteArrayInputStream(file), "test");

        assertEquals(ImportStatus.IMPORTED, result.status(), result.errors().toString());
        assertEquals(List.of(), result.errors());
        Path data = Path.of(System.getProperty("openfse.data"));
        assertArrayEquals(file, Files.readAllBytes(data.resolve(result.storedAt())), "the bytes are kept as received");
        assertTrue(result.storedAt().toString().endsWith(result.sha256() + ".noemie"), result.storedAt().toString());
        assertArrayEquals(file, imports.content(result.returnFileId()));
        assertEquals(1, result.payments());
        assertEquals(4, result.paymentLines()); // 254 AMO + AMC, 257, 213
        assertEquals(2, result.rejects()); // 212's 4025 and 213's notice
        assertEquals(1, result.retenues());
        assertEquals(1, result.oneOffs());
        var lettrage = result.lettrage().orElseThrow();
        assertEquals(4, lettrage.matched());
        assertEquals(List.of(), lettrage.unmatched());
        assertEquals(Map.of(254, InvoiceState.PAID, 257, InvoiceState.PARTLY_PAID, 212, InvoiceState.REJECTED, 213,
                InvoiceState.PAID, 300, InvoiceState.ARL_POSITIVE), states(store));
        String cause = store.inTransaction(tx -> tx.repository(Invoice.class).findBy("number", new InvoiceNumber(212)).get(0)
                .getRejectCause());
        assertEquals("4025 DROITS NON OUVERTS", cause);

        List<InvoiceFollowUp> rows = queries.invoiceFollowUp(FollowUpFilter.between(LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 31)));
        Map<Integer, InvoiceFollowUp> byNumber = rows.stream().collect(Collectors.toMap(r -> r.number().value(), r -> r));
        assertEquals(Set.of(254, 257, 212, 213, 300), byNumber.keySet());
        InvoiceFollowUp paid = byNumber.get(254);
        assertEquals(Money.parse("100.09"), paid.expected());
        assertEquals(Money.parse("100.09"), paid.paid());
        assertEquals(Money.ZERO, paid.remaining());
        assertEquals(FollowUpState.PAID, paid.state());
        assertEquals("025", paid.lot());
        assertEquals(LocalDate.of(2024, 5, 29), paid.receivedOn());
        InvoiceFollowUp partly = byNumber.get(257);
        assertEquals(Money.parse("4.00"), partly.paid());
        assertEquals(Money.parse("1.40"), partly.remaining());
        assertEquals(FollowUpState.ANOMALY, partly.state(), "paid ≠ expected is flagged");
        InvoiceFollowUp rejected = byNumber.get(212);
        assertEquals(FollowUpState.REJECTED, rejected.state());
        assertEquals(1, rejected.rejects().size());
        assertEquals("4025", rejected.rejects().get(0).code());
        assertEquals(RspMark.FINAL, rejected.rejects().get(0).mark());
        assertFalse(rejected.rejects().get(0).notice());
        InvoiceFollowUp noticed = byNumber.get(213);
        assertEquals(FollowUpState.PAID, noticed.state());
        assertTrue(noticed.rejects().get(0).notice(), "a 290 on a paid invoice is a signalement");
        assertEquals(FollowUpState.IN_PROGRESS, byNumber.get(300).state());
        // 5 folders, 4 secured with the Vitale card: 80 %
        assertEquals(new org.openfse.core.returns.FollowUpSummary(5, 4, 80), queries.summary(rows));
        Set<FollowUpState> onlyRejects = Set.of(FollowUpState.REJECTED);
        assertEquals(List.of(212), queries.invoiceFollowUp(new FollowUpFilter(LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 31), NoemieFiles.PS, "", onlyRejects, false)).stream().map(r -> r.number().value()).toList());

        List<TransferView> transfers = queries.transfers(LocalDate.of(2024, 5, 29), LocalDate.of(2024, 5, 29));
        assertEquals(1, transfers.size());
        TransferView transfer = transfers.get(0);
        assertEquals(Money.parse("146.39"), transfer.amount());
        assertEquals(List.of("VIR AMO LIGNE 1 - 7FR", "VIR AMO LIGNE 2 - 7FR"), transfer.labels());
        assertEquals("10349000", transfer.payer());
        assertEquals(4, transfer.lettered());
        TransferDetail detail = queries.transfer(transfer.paymentId()).orElseThrow();
        assertEquals(4, detail.lines().size());
        assertEquals(1, detail.oneOffs().size());
        assertEquals(1, detail.movements().size());
        MovementView retenue = detail.movements().get(0);
        assertEquals("DETTE9FR", retenue.debtReference());
        assertEquals("ODL", retenue.debtKind());
        assertEquals("RPR", retenue.operation());
        assertEquals(Money.parse("-3.22"), retenue.amount());
        assertEquals(Money.ZERO, retenue.balance());
        List<OneOffView> oneOffs = queries.oneOffPayments(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));
        assertEquals(1, oneOffs.size());
        assertEquals("CODE1", oneOffs.get(0).code());
        assertEquals("LIBELLE1", oneOffs.get(0).label());
        assertEquals(Money.parse("40.00"), oneOffs.get(0).amount());
        assertEquals(1, queries.retenues(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)).size());
    }

    @Test
    @Order(2)
    void theSameFileTwiceImportsOnce(@InjectService(timeout = TIMEOUT) ReturnImport imports,
            @InjectService(timeout = TIMEOUT) Store store) throws IOException {
        long payments = store.inTransaction(tx -> tx.repository(Payment.class).count());
        long files = store.inTransaction(tx -> tx.repository(ReturnFile.class).count());

        ImportResult again = imports.importStream("copy-of-F00200.noemie",
                new ByteArrayInputStream(NoemieFiles.seedLike("F00200")), "test");

        assertEquals(ImportStatus.DUPLICATE, again.status());
        assertEquals(payments, (long) store.inTransaction(tx -> tx.repository(Payment.class).count()));
        assertEquals(files, (long) store.inTransaction(tx -> tx.repository(ReturnFile.class).count()));
    }

    @Test
    @Order(3)
    void aCorruptedRecordIsListedAndTheRestImported(@InjectService(timeout = TIMEOUT) ReturnImport imports) throws IOException {
        // invoices 401 to 403 are not in the store: their lines stay unmatched
        byte[] file = NoemieFiles.file("F00201", 1, 300, NoemieFiles.e040(), NoemieFiles.e071(240530, "VIR 2", "", "10349000"),
                NoemieFiles.e081(1), NoemieFiles.e080(240528, 25),
                NoemieFiles.e102(401, 25, 240528), NoemieFiles.e198(100, "P", 100),
                NoemieFiles.e102(402, 25, 240528).replace("102", "1#2"), NoemieFiles.e198(100, "P", 100),
                NoemieFiles.e102(403, 25, 240528), NoemieFiles.e198(100, "P", 100),
                NoemieFiles.e990("080240528025", 3, 300), NoemieFiles.e990("071240530", 1, 300));

        ImportResult result = imports.importStream("RSP-F00201.noemie", new ByteArrayInputStream(file), "test");

        assertEquals(ImportStatus.IMPORTED_WITH_ERRORS, result.status());
        // the damaged 102, the 198 with no reliable owner, the lot's 990 (3 declared, 2 read), the group's
        // (3.00 declared, 2.00 read) and the trailer's total (3.00 against 2.00)
        assertEquals(List.of("BAD_ENTITY_TYPE", "ORPHAN_ENTITY", "CONTROL_MISMATCH", "CONTROL_MISMATCH", "TRAILER_TOTAL"),
                result.errors().stream().map(e -> e.code()).toList());
        assertEquals(2, result.paymentLines(), "401 and 403 are kept, 402's amount is never guessed");
        ReturnFileView view = imports.files(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)).stream()
                .filter(v -> v.id() == result.returnFileId()).findFirst().orElseThrow();
        assertEquals(ImportStatus.IMPORTED_WITH_ERRORS, view.status());
        assertEquals(5, view.errors().size());
        assertEquals("F00201", view.fileId());
    }

    @Test
    @Order(4)
    void aTruncatedFileKeepsWhatCameBeforeTheCut(@InjectService(timeout = TIMEOUT) ReturnImport imports) throws IOException {
        byte[] whole = NoemieFiles.file("F00202", 1, 100, NoemieFiles.e040(), NoemieFiles.e071(240531, "VIR 3", "", "10349000"),
                NoemieFiles.e081(1), NoemieFiles.e080(240528, 25), NoemieFiles.e102(501, 25, 240528),
                NoemieFiles.e198(100, "P", 100), NoemieFiles.e990("080240528025", 1, 100), NoemieFiles.e990("071240531", 1, 100));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 128 - 50);

        ImportResult result = imports.importStream("RSP-F00202.noemie", new ByteArrayInputStream(cut), "test");

        assertEquals(ImportStatus.IMPORTED_WITH_ERRORS, result.status());
        assertTrue(result.errors().stream().anyMatch(e -> e.code().equals("TRUNCATED_RECORD")), result.errors().toString());
        assertTrue(result.errors().stream().anyMatch(e -> e.code().equals("MISSING_TRAILER")), result.errors().toString());
        assertEquals(1, result.payments());
    }

    @Test
    @Order(5)
    void anUnreadableFileIsQuarantinedWithItsReason(@InjectService(timeout = TIMEOUT) ReturnImport imports) throws IOException {
        byte[] garbage = "CECI N'EST PAS UN FICHIER NOEMIE\n".repeat(4).getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        ImportResult result = imports.importStream("bizarre.txt", new ByteArrayInputStream(garbage), "test");

        assertEquals(ImportStatus.QUARANTINED, result.status());
        Path data = Path.of(System.getProperty("openfse.data"));
        Path kept = data.resolve(result.storedAt());
        assertTrue(kept.startsWith(data.resolve("returns/quarantine")), kept.toString());
        assertArrayEquals(garbage, Files.readAllBytes(kept), "nothing is lost");
        String reason = Files.readString(kept.resolveSibling(result.sha256() + ".reason.txt"));
        assertTrue(reason.contains("MISSING_HEADER") || reason.contains("BAD_LENGTH"), reason);
        ReturnFileView view = imports.files(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)).stream()
                .filter(v -> v.id() == result.returnFileId()).findFirst().orElseThrow();
        assertEquals(ImportStatus.QUARANTINED, view.status());
        assertEquals(null, view.integratedAt());
        assertFalse(view.errors().isEmpty());
        assertEquals(ImportStatus.DUPLICATE,
                imports.importStream("bizarre.txt", new ByteArrayInputStream(garbage), "test").status());
    }

    @Test
    @Order(7)
    void theRejectedInvoiceIsDefactureeThenBilledAgain(@InjectService(timeout = TIMEOUT) BillingService billing,
            @InjectService(timeout = TIMEOUT) ReturnQueries queries, @InjectService(timeout = TIMEOUT) Store store) {
        long invoice212 = store.inTransaction(tx -> tx.repository(Invoice.class).idOf(
                tx.repository(Invoice.class).findBy("number", new InvoiceNumber(212)).get(0)));
        var rejects = queries.rejects(invoice212);
        assertEquals(1, rejects.size());
        assertTrue(rejects.get(0).mark().allowsDefacturation(), "a final reject ('-') allows défacturer");

        var defacturation = billing.defacture("test", invoice212, rejects.get(0).code() + " " + rejects.get(0).label(),
                "corriger les droits");
        assertEquals(InvoiceState.DEFACTURED, defacturation.invoice().state());
        var again = billing.refacture("test", invoice212, java.util.Optional.empty());

        assertEquals(InvoiceState.DRAFT, again.state());
        assertEquals(InvoiceState.RECYCLED, states(store).get(212));
    }

    @Test
    @Order(6)
    void manualLettrageLettersALineTheAutomaticOneCouldNotMatch(@InjectService(timeout = TIMEOUT) ReturnImport imports,
            @InjectService(timeout = TIMEOUT) Lettrage lettrage, @InjectService(timeout = TIMEOUT) ReturnQueries queries,
            @InjectService(timeout = TIMEOUT) Store store) throws IOException {
        // the payer writes the invoice number 999 for invoice 300 (12.00)
        byte[] file = NoemieFiles.file("F00203", 1, 1200, NoemieFiles.e040(), NoemieFiles.e071(240601, "VIR 4", "", "10349000"),
                NoemieFiles.e081(1), NoemieFiles.e080(240528, 25), NoemieFiles.e102(999, 25, 240528),
                NoemieFiles.e198(1200, "P", 1200), NoemieFiles.e990("080240528025", 1, 1200), NoemieFiles.e990("071240601", 1, 1200));
        ImportResult result = imports.importStream("RSP-F00203.noemie", new ByteArrayInputStream(file), "test");
        assertEquals(List.of("000000999"), result.lettrage().orElseThrow().unmatched());
        TransferView transfer = queries.transfers(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1)).get(0);
        TransferDetail detail = queries.transfer(transfer.paymentId()).orElseThrow();
        assertEquals(0, detail.lines().get(0).invoiceId());
        long invoice300 = store.inTransaction(tx -> tx.repository(Invoice.class).idOf(
                tx.repository(Invoice.class).findBy("number", new InvoiceNumber(300)).get(0)));

        lettrage.letter(transfer.paymentId(), detail.lines().get(0).lineId(), invoice300, "test");

        assertEquals(InvoiceState.PAID, states(store).get(300));
        assertEquals(invoice300, queries.transfer(transfer.paymentId()).orElseThrow().lines().get(0).invoiceId());
    }
}
