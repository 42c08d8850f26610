package org.openfse.billing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.BillingEvents;
import org.openfse.core.billing.BillingException;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.Defacturation;
import org.openfse.core.billing.DocumentKind;
import org.openfse.core.billing.DraftRequest;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.billing.InvoiceKind;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.billing.RatesCheck;
import org.openfse.core.billing.RecyclingEntry;
import org.openfse.core.billing.SecureOptions;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.events.Topics;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecuringException;
import org.openfse.core.store.AuditRecord;
import org.openfse.core.store.Store;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Patient;
import org.openfse.model.api.PayerPart;
import org.openfse.model.api.Payment;
import org.openfse.model.api.PaymentLine;
import org.openfse.model.api.Practitioner;
import org.openfse.model.meta.OpenfseFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The billing service in the product's runtime (core and specialty features): the demo cards are
 * read, the invoice is priced by the tariff engine, secured by the reference SESAM engine in each of
 * the four modes, stored by the Derby store and audited; then the reject handling of seeds 000/001
 * (défacturer, recycling list, refacturer), the moves made by lots and returns, DRE follow-ups and
 * the checks before securing.
 *
 * <p>Golden amounts: seed 002, invoice 254 (VU3 103.00 ×2, M03 209.00, AMC 100.00; totals 415.00 /
 * 0.09 / 100.00 / 314.91).
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class BillingOsgiTest {

    private static final String PS = Fixtures.OPTICIAN_PS;
    private static final String VITALE_READER = "Lecteur démo Vitale";
    private static final String CPS_READER = "Lecteur démo CPS";
    /** Seed 002: invoice 254 of 28/05/2024, prescription of 26/05/2024. */
    private static final LocalDate CARE = LocalDate.of(2024, 5, 28);
    private static final LocalDate PRESCRIBED = LocalDate.of(2024, 5, 26);
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(10);

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    BillingService billing;

    @InjectService(timeout = 30_000)
    Store store;

    @InjectService(timeout = 30_000)
    TariffEngine tariff;

    @InjectService(timeout = 30_000, filter = "(openfse.card.driver=demo)")
    CardReaderService cards;

    private long optician;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private ServiceRegistration<EventHandler> handler;

    @BeforeEach
    void setUp() {
        optician = Fixtures.optician(store);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, BillingEvents.INVOICE_ALL);
        handler = context.registerService(EventHandler.class, events::add, properties);
    }

    @AfterEach
    void tearDown() {
        handler.unregister();
    }

    /** A new folder from the demo Vitale card; its beneficiary CAMILLE (born 12/03/1985). */
    private record Folder(long patientId, Beneficiary camille) {
        long prescriptionId() {
            return camille.getPrescriptions().get(0).getId();
        }
    }

    private Folder folderFromDemoCard(LocalDate prescribed) throws CardException {
        VitaleCard card = cards.readVitale(VITALE_READER);
        long patientId = Fixtures.folderFromCard(store, card, prescribed);
        return new Folder(patientId, Fixtures.beneficiary(store, patientId, "CAMILLE"));
    }

    private PricingRequest seed254(LocalDate day) {
        return new PricingRequest("optician", day, Coverage.maladie(), Optional.of(new AmcRequest(Money.parse("100.00"))),
                Fixtures.seed254Lines());
    }

    private DraftRequest draft(Folder folder, LocalDate day) throws PricingException {
        PricingRequest request = seed254(day);
        PricedInvoice priced = tariff.price(request);
        return DraftRequest.fse(optician, folder.patientId(), folder.camille().getId(), request, priced)
                .withPrescription(folder.prescriptionId()).withTiersPayant(true, true);
    }

    private InvoiceSummary securedInvoice(Folder folder, LocalDate day) throws PricingException {
        return billing.bill(PS, draft(folder, day), RatesCheck.vitale(SecureMode.SESAM_VITALE), SecureOptions.sesamVitale());
    }

    private List<AuditRecord> audit(long invoiceId) {
        return store.inTransaction("test", tx -> tx.auditTrail(Invoice.class, invoiceId));
    }

    private int nextNumber() {
        return store.inTransaction("test", tx -> tx.repository(Practitioner.class).get(optician).getSettings().getNextInvoiceNumber());
    }

    private boolean sawStateChange(long invoiceId, InvoiceState from, InvoiceState to) {
        return events.stream().anyMatch(e -> Topics.INVOICE_STATE_CHANGED.equals(e.getTopic())
                && Long.valueOf(invoiceId).equals(e.getProperty(BillingEvents.INVOICE_ID))
                && from.name().equals(e.getProperty(Topics.FROM)) && to.name().equals(e.getProperty(Topics.TO)));
    }

    // ---- the four secure modes --------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(SecureMode.class)
    void demoCardPricedSecuredStoredAndAudited(SecureMode mode, @TempDir Path scans) throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        boolean cps = mode != SecureMode.NON_SECURISE;
        if (cps) {
            cards.verifyPin(CPS_READER, "1234".toCharArray());
        }
        InvoiceSummary draft = billing.createDraft(PS, draft(folder, CARE));
        assertEquals(InvoiceState.DRAFT, draft.state());
        billing.markRatesChecked(PS, draft.id(), RatesCheck.vitale(mode));
        SecureOptions options = switch (mode) {
            case SESAM_VITALE -> SecureOptions.sesamVitale();
            case DESYNCHRONISE -> SecureOptions.desynchronise();
            case DEGRADE -> SecureOptions.degrade();
            case NON_SECURISE -> SecureOptions.nonSecurise();
        };
        if (mode == SecureMode.DEGRADE) {
            // dégradé needs the SCOR scan of the paper FS (seed 002)
            BillingException refused = assertThrows(BillingException.class, () -> billing.secure(PS, draft.id(), options));
            assertEquals(BillingException.Reason.SECURING_REFUSED, refused.reason());
            assertEquals(Optional.of(SecuringException.Reason.ATTACHMENT_REQUIRED), refused.securingReason());
            assertTrue(refused.getMessage().startsWith("La facture n° " + draft.number() + " n'a pas pu être sécurisée en mode"
                    + " dégradé : "), refused.getMessage());
            assertEquals(InvoiceState.RATES_CHECKED, billing.summary(draft.id()).state());
            Path scan = Files.writeString(scans.resolve("fs-papier.pdf"), "%PDF-1.4 feuille de soins papier");
            billing.attach(PS, draft.id(), DocumentKind.PAPER_FS, scan);
        }

        InvoiceSummary secured = billing.secure(PS, draft.id(), options);

        assertEquals(InvoiceState.SECURED, secured.state());
        assertEquals(Optional.of(mode), secured.mode());
        assertEquals(draft.number(), secured.number());
        assertEquals(PS, secured.psNumber());
        assertEquals(9, secured.number().toString().length());
        // seed 002, invoice 254
        assertEquals(Money.parse("415.00"), secured.totalFees());
        assertEquals(Money.parse("0.09"), secured.totalAmo());
        assertEquals(Money.parse("100.00"), secured.totalAmc());
        assertEquals(Money.parse("314.91"), secured.totalPatient());
        assertTrue(billing.verifySeal(draft.id()));

        List<AuditRecord> trail = audit(draft.id());
        assertEquals(AuditRecord.INSERT, trail.get(0).action());
        assertTrue(trail.get(0).after().orElseThrow().contains("\"DRAFT\""), trail.get(0).after().orElseThrow());
        AuditRecord last = trail.get(trail.size() - 1);
        assertEquals(AuditRecord.UPDATE, last.action());
        assertEquals(PS, last.actor());
        assertTrue(last.before().orElseThrow().contains("\"RATES_CHECKED\""), last.before().orElseThrow());
        assertTrue(last.after().orElseThrow().contains("\"SECURED\""), last.after().orElseThrow());
        assertTrue(last.after().orElseThrow().contains("\"" + mode.name() + "\""), last.after().orElseThrow());
        assertEquals(mode == SecureMode.DEGRADE ? 4 : 3, trail.size(), trail.toString());
        // the reason of the move is audited in the same transaction
        List<AuditRecord> recent = store.inTransaction("test", tx -> tx.recentAudit(20));
        // the setting's value is audited as a JSON string: its own quotes are escaped
        assertTrue(recent.stream().anyMatch(r -> r.entityId().equals("billing.lastTransition") && r.after().orElse("")
                .contains("\\\"invoiceId\\\":" + draft.id() + ",") && r.after().orElse("")
                .contains("\\\"to\\\":\\\"SECURED\\\"")), recent.toString());
        Fixtures.waitUntil(EVENT_TIMEOUT, () -> sawStateChange(draft.id(), InvoiceState.RATES_CHECKED, InvoiceState.SECURED));
    }

    @Test
    void desynchroniseInTwoSteps() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        InvoiceSummary draft = billing.createDraft(PS, draft(folder, CARE));
        billing.markRatesChecked(PS, draft.id(), RatesCheck.vitale(SecureMode.DESYNCHRONISE));

        // first step: the Vitale card with the CPE, no CPS
        BillingException noCard = assertThrows(BillingException.class, () -> billing.beginDesynchronised(PS, draft.id(), false));
        assertEquals(Optional.of(SecuringException.Reason.VITALE_REQUIRED), noCard.securingReason());
        InvoiceSummary waiting = billing.beginDesynchronised(PS, draft.id(), true);
        assertEquals(InvoiceState.RATES_CHECKED, waiting.state());
        assertTrue(billing.awaitingCps(optician).stream().anyMatch(s -> s.id() == draft.id()));

        // second step: the CPS later
        BillingException noCps = assertThrows(BillingException.class,
                () -> billing.completeDesynchronised(PS, draft.id(), false));
        assertEquals(Optional.of(SecuringException.Reason.CPS_REQUIRED), noCps.securingReason());
        cards.verifyPin(CPS_READER, "1234".toCharArray());
        InvoiceSummary secured = billing.completeDesynchronised(PS, draft.id(), true);

        assertEquals(InvoiceState.SECURED, secured.state());
        assertEquals(Optional.of(SecureMode.DESYNCHRONISE), secured.mode());
        assertTrue(billing.verifySeal(draft.id()));
        assertTrue(billing.awaitingCps(optician).stream().noneMatch(s -> s.id() == draft.id()));
    }

    @Test
    void aChangeBetweenTheTwoStepsIsRefused() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        InvoiceSummary draft = billing.createDraft(PS, draft(folder, CARE));
        billing.markRatesChecked(PS, draft.id(), RatesCheck.vitale(SecureMode.DESYNCHRONISE));
        billing.beginDesynchronised(PS, draft.id(), true);
        store.inTransaction("test", tx -> {
            Invoice invoice = tx.repository(Invoice.class).get(draft.id());
            invoice.getLines().get(2).setFees(Money.parse("219.00"));
            tx.repository(Invoice.class).update(invoice);
            return null;
        });

        BillingException refused = assertThrows(BillingException.class,
                () -> billing.completeDesynchronised(PS, draft.id(), true));

        assertEquals(Optional.of(SecuringException.Reason.CONTENT_CHANGED), refused.securingReason());
        assertEquals("La facture n° " + draft.number() + " a été modifiée depuis la lecture de la carte Vitale : relancez la"
                + " sécurisation désynchronisée avec la carte Vitale.", refused.getMessage());
        assertEquals(InvoiceState.RATES_CHECKED, billing.summary(draft.id()).state());
    }

    @Test
    void theEnginesRateCheckIsStoredWithItsForcings() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        InvoiceSummary draft = billing.createDraft(PS, draft(folder, CARE));
        java.time.Instant at = java.time.Instant.parse("2024-05-28T09:30:00Z");
        org.openfse.core.sesam.RateCheck check = org.openfse.core.sesam.RateCheck.builder(CARE, CARE)
                .amoJustification(org.openfse.core.sesam.Justification.PAPER_ATTESTATION).amcTiersPayant(true)
                .secureMode(SecureMode.DEGRADE)
                .forcing(new org.openfse.core.sesam.ForcingRecord(
                        new org.openfse.core.sesam.ForcingValue.ExemptionForcing(Optional.empty(), "55"), PS, at))
                .build();

        InvoiceSummary checked = billing.recordRateCheck(PS, draft.id(), check);

        assertEquals(InvoiceState.RATES_CHECKED, checked.state());
        assertEquals(Optional.of(SecureMode.DEGRADE), checked.mode());
        store.inTransaction("test", tx -> {
            Invoice invoice = tx.repository(Invoice.class).get(draft.id());
            assertEquals("PAPER_ATTESTATION", invoice.getAmoJustification().name());
            assertTrue(invoice.isAmcTiersPayant());
            assertEquals("55", invoice.getExemptionCode());
            assertEquals(1, invoice.getForcings().size());
            assertEquals(org.openfse.core.tariff.Forcing.EXEMPTION, invoice.getForcings().get(0).getKind());
            assertEquals("55", invoice.getForcings().get(0).getValue());
            assertEquals(PS, invoice.getForcings().get(0).getBy());
            assertEquals(at, invoice.getForcings().get(0).getAt());
            return null;
        });
    }

    @Test
    void aChangedInvoiceNoLongerMatchesItsSeal() throws Exception {
        InvoiceSummary secured = securedInvoice(folderFromDemoCard(PRESCRIBED), CARE);
        assertTrue(billing.verifySeal(secured.id()));

        store.inTransaction("test", tx -> {
            Invoice invoice = tx.repository(Invoice.class).get(secured.id());
            invoice.getLines().get(0).setAmc(Money.parse("25.82"));
            tx.repository(Invoice.class).update(invoice);
            return null;
        });

        assertFalse(billing.verifySeal(secured.id()));
    }

    // ---- numbers ----------------------------------------------------------------------------

    @Test
    void numbersAreNeverReusedAfterARollbackOrACancel() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        int first = Math.max(1, nextNumber());
        DraftRequest good = draft(folder, CARE);
        DraftRequest wrongBeneficiary = new DraftRequest(optician, folder.patientId(), 999_999_999L, InvoiceKind.FSE,
                good.pricing(), good.priced(), OptionalLong.empty(), Optional.empty(), false, false);

        BillingException refused = assertThrows(BillingException.class, () -> billing.createDraft(PS, wrongBeneficiary));
        assertEquals(BillingException.Reason.INVALID, refused.reason());

        // the number taken by the attempt that rolled back is not handed out again
        InvoiceSummary created = billing.createDraft(PS, good);
        assertEquals(new InvoiceNumber(first + 1), created.number());
        assertEquals(List.of(), billing.findByNumber(optician, new InvoiceNumber(first)));

        InvoiceSummary cancelled = billing.cancel(PS, created.id(), "saisie en double");
        assertEquals(InvoiceState.CANCELLED, cancelled.state());
        InvoiceSummary after = billing.createDraft(PS, draft(folder, CARE.plusDays(1)));
        assertEquals(new InvoiceNumber(first + 2), after.number());
        assertEquals(List.of(created.id()), billing.findByNumber(optician, created.number()).stream().map(InvoiceSummary::id).toList());
        assertEquals(first + 3, nextNumber());
    }

    @Test
    void billGivesConsecutiveSecuredInvoices() throws Exception {
        // what "demo bill N" does: N secured invoices in a row (different days: no duplicates)
        Folder folder = folderFromDemoCard(PRESCRIBED);
        int first = Math.max(1, nextNumber());
        for (int i = 0; i < 3; i++) {
            InvoiceSummary secured = securedInvoice(folder, CARE.plusDays(i));
            assertEquals(new InvoiceNumber(first + i), secured.number());
            assertEquals(InvoiceState.SECURED, secured.state());
        }
    }

    // ---- reject handling (seeds 000, 001) ----------------------------------------------------

    @Test
    void defactureRecycleAndRefacture() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        InvoiceSummary secured = securedInvoice(folder, CARE);
        store.inTransaction("test", tx -> {
            Payment payment = OpenfseFactory.eINSTANCE.createPayment();
            payment.setPayer("PATIENT");
            payment.setDate(CARE);
            payment.setAmount(Money.parse("50.00"));
            PaymentLine line = OpenfseFactory.eINSTANCE.createPaymentLine();
            line.setPart(PayerPart.PATIENT);
            line.setInvoiceNumber(secured.number());
            line.setInvoice(tx.repository(Invoice.class).get(secured.id()));
            line.setPaid(Money.parse("50.00"));
            payment.getLines().add(line);
            return tx.repository(Payment.class).insert(payment);
        });

        Defacturation done = billing.defacture(PS, secured.id(), "Rejet 204 : droits non ouverts", "Vérifier la date des droits");

        assertEquals(InvoiceState.DEFACTURED, done.invoice().state());
        assertEquals(Optional.of("Rejet 204 : droits non ouverts"), done.invoice().rejectCause());
        InvoiceSummary counterpart = done.counterpart();
        assertEquals(OptionalLong.of(secured.id()), counterpart.counterpartOf());
        assertEquals(Money.parse("-415.00"), counterpart.totalFees());
        assertEquals(Money.parse("-314.91"), counterpart.totalPatient());
        assertEquals(new InvoiceNumber(secured.number().value() + 1), counterpart.number());
        // seed 000: the patient's payment goes to the acomptes
        assertEquals(Money.parse("50.00"), done.movedToDeposit());
        assertEquals(Money.parse("50.00"), billing.deposit(folder.patientId()));

        List<RecyclingEntry> list = billing.recyclingList(optician);
        RecyclingEntry entry = list.stream().filter(e -> e.invoiceId() == secured.id()).findFirst().orElseThrow();
        assertEquals("Rejet 204 : droits non ouverts", entry.rejectCause());
        assertEquals("Vérifier la date des droits", entry.comment());
        assertEquals("DEMO CAMILLE", entry.patientName());
        assertTrue(list.stream().noneMatch(e -> e.invoiceId() == counterpart.id()), "counterparts are not recycled");
        BillingException notACounterpart = assertThrows(BillingException.class,
                () -> billing.moveTo(PS, counterpart.id(), InvoiceState.RECYCLED, "test"));
        assertEquals(BillingException.Reason.NOT_APPLICABLE, notACounterpart.reason());

        InvoiceSummary renewed = billing.refacture(PS, secured.id(), Optional.empty());

        assertEquals(InvoiceState.DRAFT, renewed.state());
        assertTrue(renewed.number().compareTo(counterpart.number()) > 0);
        assertEquals(OptionalLong.of(secured.id()), renewed.recycledFrom());
        assertEquals(Money.parse("415.00"), renewed.totalFees());
        InvoiceSummary old = billing.summary(secured.id());
        assertEquals(InvoiceState.RECYCLED, old.state());
        assertEquals(OptionalLong.of(renewed.id()), old.recycledAs());
        assertTrue(billing.recyclingList(optician).stream().noneMatch(e -> e.invoiceId() == secured.id()));
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class,
                () -> billing.refacture(PS, secured.id(), Optional.empty()));
        assertTrue(again.getMessage().contains("« Recyclée » ne change plus d'état"), again.getMessage());
        // the refacturation is billed as usual
        billing.markRatesChecked(PS, renewed.id(), RatesCheck.vitale(SecureMode.SESAM_VITALE));
        assertEquals(InvoiceState.SECURED, billing.secure(PS, renewed.id(), SecureOptions.sesamVitale()).state());
    }

    @Test
    void aSentInvoiceIsDefacturedOnlyOnceRejected() throws Exception {
        InvoiceSummary secured = securedInvoice(folderFromDemoCard(PRESCRIBED), CARE);
        billing.moveTo(PS, secured.id(), InvoiceState.IN_LOT, "lot 025");
        billing.moveTo(PS, secured.id(), InvoiceState.SENT, "lot 025 expédié");
        billing.moveTo(PS, secured.id(), InvoiceState.ARL_POSITIVE, "ARL positif");

        IllegalTransitionException inCaisseHands = assertThrows(IllegalTransitionException.class,
                () -> billing.defacture(PS, secured.id(), "?", ""));
        assertTrue(inCaisseHands.getMessage().startsWith("Facture n° " + secured.number()), inCaisseHands.getMessage());
        assertEquals(InvoiceState.ARL_POSITIVE, billing.summary(secured.id()).state());

        billing.moveTo("system", secured.id(), InvoiceState.REJECTED, "RSP : rejet « - »");
        assertEquals(InvoiceState.DEFACTURED, billing.defacture(PS, secured.id(), "Rejet papier", "").invoice().state());
    }

    // ---- moves made by lots and returns ------------------------------------------------------

    @Test
    void lotsAndReturnsMoveThroughTheStateMachine() throws Exception {
        InvoiceSummary secured = securedInvoice(folderFromDemoCard(PRESCRIBED), CARE);
        long id = secured.id();

        assertEquals(InvoiceState.IN_LOT, billing.moveTo("system", id, InvoiceState.IN_LOT, "lot 025").state());
        assertEquals(InvoiceState.SENT, billing.moveTo("system", id, InvoiceState.SENT, "lot 025 expédié").state());
        assertEquals(InvoiceState.ARL_POSITIVE, billing.moveTo("system", id, InvoiceState.ARL_POSITIVE, "ARL").state());
        assertEquals(InvoiceState.PAID, billing.moveTo("system", id, InvoiceState.PAID, "RSP 580").state());
        Fixtures.waitUntil(EVENT_TIMEOUT, () -> sawStateChange(id, InvoiceState.ARL_POSITIVE, InvoiceState.PAID));

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> billing.moveTo("system", id, InvoiceState.SECURED, "test"));
        assertEquals("Facture n° " + secured.number() + " : changement d'état impossible, une facture « Payée » ne change plus"
                + " d'état (demandé : « Sécurisée »).", refused.getMessage());
        assertEquals(InvoiceState.PAID, billing.summary(id).state());
        List<String> states = audit(id).stream().skip(1).map(r -> r.after().orElse("")).map(BillingOsgiTest::state).toList();
        assertEquals(List.of("RATES_CHECKED", "SECURED", "IN_LOT", "SENT", "ARL_POSITIVE", "PAID"), states);
    }

    @Test
    void aMoveInTheCallersTransactionRollsBackWithIt() throws Exception {
        InvoiceSummary secured = securedInvoice(folderFromDemoCard(PRESCRIBED), CARE);

        assertThrows(IllegalStateException.class, () -> store.inTransaction("system", tx -> {
            assertEquals(InvoiceState.IN_LOT, billing.moveTo(tx, secured.id(), InvoiceState.IN_LOT, "lot 026").state());
            throw new IllegalStateException("the lot could not be written");
        }));

        assertEquals(InvoiceState.SECURED, billing.summary(secured.id()).state());
        store.inTransaction("system", tx -> billing.moveTo(tx, secured.id(), InvoiceState.IN_LOT, "lot 026"));
        assertEquals(InvoiceState.IN_LOT, billing.summary(secured.id()).state());
    }

    private static String state(String json) {
        int at = json.indexOf("\"state\":\"");
        return at < 0 ? "?" : json.substring(at + 9, json.indexOf('"', at + 9));
    }

    // ---- DRE ---------------------------------------------------------------------------------

    @Test
    void dreCancellationAndCorrection() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        DraftRequest fse = draft(folder, CARE);
        DraftRequest dreRequest = new DraftRequest(optician, folder.patientId(), folder.camille().getId(), InvoiceKind.DRE,
                fse.pricing(), fse.priced(), OptionalLong.of(folder.prescriptionId()), Optional.empty(), false, true);
        InvoiceSummary dre = billing.bill(PS, dreRequest, RatesCheck.vitale(SecureMode.SESAM_VITALE), SecureOptions.sesamVitale());
        assertEquals(InvoiceKind.DRE, dre.kind());

        BillingException notSent = assertThrows(BillingException.class, () -> billing.cancelDre(PS, dre.id(), "erreur"));
        assertEquals(BillingException.Reason.NOT_APPLICABLE, notSent.reason());

        billing.moveTo("system", dre.id(), InvoiceState.IN_LOT, "lot 027");
        billing.moveTo("system", dre.id(), InvoiceState.SENT, "lot 027 expédié");
        InvoiceSummary cancellation = billing.cancelDre(PS, dre.id(), "montant AMC erroné");

        assertEquals(InvoiceKind.DRE_CANCELLATION, cancellation.kind());
        assertEquals(InvoiceState.RATES_CHECKED, cancellation.state());
        assertEquals(OptionalLong.of(dre.id()), cancellation.counterpartOf());
        assertEquals(Money.parse("100.00"), cancellation.totalAmc());
        assertTrue(cancellation.number().compareTo(dre.number()) > 0);
        assertEquals(InvoiceState.SECURED, billing.secure(PS, cancellation.id(), SecureOptions.sesamVitale()).state());

        InvoiceSummary correction = billing.rectifyDre(PS, dre.id(), dreRequest);
        assertEquals(InvoiceKind.DRE_CORRECTION, correction.kind());
        assertEquals(InvoiceState.DRAFT, correction.state());
        assertEquals(OptionalLong.of(dre.id()), correction.counterpartOf());

        BillingException anFse = assertThrows(BillingException.class,
                () -> billing.cancelDre(PS, securedInvoice(folder, CARE.plusDays(1)).id(), "x"));
        assertEquals(BillingException.Reason.NOT_APPLICABLE, anFse.reason());
    }

    // ---- checks before securing ---------------------------------------------------------------

    @Test
    void aDuplicateIsRefusedWithItsReason() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        InvoiceSummary first = securedInvoice(folder, CARE);

        BillingException refused = assertThrows(BillingException.class, () -> securedInvoice(folder, CARE));

        assertEquals(BillingException.Reason.CHECKS_FAILED, refused.reason());
        assertTrue(refused.getMessage().contains("Doublon : la facture n° " + first.number() + " du 28/05/2024 facture déjà"
                + " VU3, M03 à ce patient."), refused.getMessage());
        assertTrue(refused.findings().stream().anyMatch(f -> f.checkId().equals("duplicate")));
    }

    @Test
    void anExpiredPrescriptionIsRefused() throws Exception {
        // CAMILLE born 12/03/1985 is 33 on 01/01/2019: 5 years (CSP art. D4362-12), valid until 31/12/2023
        Folder folder = folderFromDemoCard(LocalDate.of(2019, 1, 1));

        BillingException refused = assertThrows(BillingException.class, () -> securedInvoice(folder, CARE));

        assertEquals(BillingException.Reason.CHECKS_FAILED, refused.reason());
        assertTrue(refused.getMessage().contains("Ordonnance du 01/01/2019 périmée : valable 5 an(s) pour un patient de 33 ans"),
                refused.getMessage());
    }

    @Test
    void aWrongNirKeyIsRefused() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        store.inTransaction("test", tx -> {
            Patient patient = tx.repository(Patient.class).get(folder.patientId());
            Beneficiary camille = patient.getBeneficiaries().stream().filter(b -> b.getId() == folder.camille().getId())
                    .findFirst().orElseThrow();
            int key = Integer.parseInt(camille.getNirKey());
            camille.setNirKey(String.format("%02d", key == 97 ? 1 : key + 1));
            tx.repository(Patient.class).update(patient);
            return null;
        });

        BillingException refused = assertThrows(BillingException.class, () -> securedInvoice(folder, CARE));

        assertTrue(refused.findings().stream().anyMatch(f -> f.checkId().equals("nir-key")), refused.getMessage());
        assertTrue(refused.getMessage().contains("ne correspond pas (clé attendue"), refused.getMessage());
    }

    @Test
    void missingDocumentsBlockWhenTheSettingSaysSo() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        store.inTransaction("test", tx -> {
            tx.putSetting("billing.blockFseWhenDocumentsMissing", "true");
            return null;
        });
        try {
            BillingException refused = assertThrows(BillingException.class, () -> securedInvoice(folder, CARE));
            assertTrue(refused.getMessage().contains("Documents manquants : ordonnance."), refused.getMessage());
        } finally {
            store.inTransaction("test", tx -> {
                tx.putSetting("billing.blockFseWhenDocumentsMissing", null);
                return null;
            });
        }
        // without the setting it is only a warning
        assertEquals(InvoiceState.SECURED, securedInvoice(folder, CARE.plusDays(1)).state());
    }

    @Test
    void aRatesCheckedInvoiceChangedGoesBackToDraft() throws Exception {
        Folder folder = folderFromDemoCard(PRESCRIBED);
        InvoiceSummary draft = billing.createDraft(PS, draft(folder, CARE));
        billing.markRatesChecked(PS, draft.id(), RatesCheck.vitale(SecureMode.SESAM_VITALE));

        InvoiceSummary changed = billing.updateDraft(PS, draft.id(), draft(folder, CARE.plusDays(1)));

        assertEquals(InvoiceState.DRAFT, changed.state());
        assertEquals(draft.number(), changed.number());
        IllegalTransitionException notChecked = assertThrows(IllegalTransitionException.class,
                () -> billing.secure(PS, draft.id(), SecureOptions.sesamVitale()));
        assertTrue(notChecked.getMessage().contains("une facture « Brouillon » ne peut pas devenir « Sécurisée »"),
                notChecked.getMessage());
    }
}
