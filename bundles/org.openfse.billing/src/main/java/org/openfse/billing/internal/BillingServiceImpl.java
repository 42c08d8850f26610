package org.openfse.billing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.BillingException;
import org.openfse.core.billing.BillingException.Reason;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.Defacturation;
import org.openfse.core.billing.DocumentKind;
import org.openfse.core.billing.DraftRequest;
import org.openfse.core.billing.ForcingEntry;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.billing.RatesCheck;
import org.openfse.core.billing.RecyclingEntry;
import org.openfse.core.billing.SecureOptions;
import org.openfse.core.sesam.DesynchronisedSecuring;
import org.openfse.core.sesam.ForcingRecord;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.SesamEngine;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Attachment;
import org.openfse.model.api.AttachmentKind;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Justification;
import org.openfse.model.meta.OpenfseFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * Stored invoices and their lifecycle on top of the {@link Store}: the DS component that wires the
 * parts. Drafts and moves are here; securing is {@link Securing}, reject handling
 * {@link RejectHandling}; every state change goes through {@link InvoiceLifecycle} in a
 * {@link Unit} and is written with its audit record in one transaction ({@link Invoices}); numbers
 * come from {@link NumberAllocator}; events are posted after each commit.
 */
@Component(service = BillingService.class)
public final class BillingServiceImpl implements BillingService {

    private static final Logger LOG = Logger.getLogger(BillingServiceImpl.class.getName());
    private static final OpenfseFactory F = OpenfseFactory.eINSTANCE;

    private final Messages messages;
    private final Refusals refusals;
    private final InvoiceLifecycle lifecycle;
    private final CheckRunner checks;
    private final Engines<SesamEngine> engines = new Engines<>(SesamEngine::id);
    private final Engines<DesynchronisedSecuring> twoStep = new Engines<>(DesynchronisedSecuring::engineId);
    private final Invoices invoices;
    private final NumberAllocator numbers;
    private final Securing securing;
    private final RejectHandling rejects;
    private volatile EventAdmin eventAdmin;

    @Activate
    public BillingServiceImpl(@Reference(name = "store", policyOption = ReferencePolicyOption.GREEDY) Store store) {
        this(store, Clock.systemDefaultZone());
    }

    BillingServiceImpl(Store store, Clock clock) {
        this.messages = Messages.load();
        this.refusals = new Refusals(messages);
        this.lifecycle = new InvoiceLifecycle(messages);
        this.checks = new CheckRunner(messages);
        this.invoices = new Invoices(store, clock, messages, lifecycle, () -> eventAdmin);
        this.numbers = new NumberAllocator(store, refusals);
        this.securing = new Securing(invoices, checks, engines, twoStep);
        this.rejects = new RejectHandling(invoices, numbers);
    }

    @Reference(name = "checks", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCheck(InvoiceCheck check) {
        checks.add(check);
    }

    void removeCheck(InvoiceCheck check) {
        checks.remove(check);
    }

    @Reference(name = "engines", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addEngine(SesamEngine engine, Map<String, Object> properties) {
        engines.add(engine, properties);
    }

    void removeEngine(SesamEngine engine) {
        engines.remove(engine);
    }

    @Reference(name = "twoStepEngines", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTwoStep(DesynchronisedSecuring engine, Map<String, Object> properties) {
        twoStep.add(engine, properties);
    }

    void removeTwoStep(DesynchronisedSecuring engine) {
        twoStep.remove(engine);
    }

    @Reference(name = "events", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    // ---- 1.0 ------------------------------------------------------------------------------------

    @Override
    public Set<InvoiceState> nextStates(InvoiceState from) {
        return lifecycle.nextStates(from);
    }

    @Override
    public void requireTransition(InvoiceState from, InvoiceState to) {
        lifecycle.requireTransition(from, to);
    }

    @Override
    public List<CheckResult> check(InvoiceDraft draft) {
        return checks.run(draft);
    }

    // ---- drafts ---------------------------------------------------------------------------------

    @Override
    public InvoiceSummary createDraft(String actor, DraftRequest request) {
        Objects.requireNonNull(request, "request");
        InvoiceNumber number = numbers.next(actor, request.practitionerId());
        return invoices.write(actor, u -> {
            Invoice invoice = invoices.newInvoice(u.tx, request, actor, number);
            u.tx.repository(Invoice.class).insert(invoice);
            u.changed(invoice, "");
            return invoices.summary(u.tx, invoice);
        });
    }


    @Override
    public InvoiceSummary updateDraft(String actor, long invoiceId, DraftRequest request) {
        Objects.requireNonNull(request, "request");
        return invoices.write(actor, u -> {
            Invoice invoice = invoices.invoice(u.tx, invoiceId);
            if (Invoices.owner(invoice) != request.practitionerId()) {
                throw refusals.notFound("practitioner", request.practitionerId());
            }
            InvoiceState state = invoice.getState();
            if (state == InvoiceState.RATES_CHECKED) {
                u.transition(invoice, InvoiceState.DRAFT, "modification après vérification du taux");
            } else if (state != InvoiceState.DRAFT) {
                lifecycle.requireTransition(invoice.getNumber().toString(), state, InvoiceState.DRAFT);
            }
            invoices.fill(u.tx, invoice, request, actor);
            invoice.setRatesCheckedAt(null);
            Seals.removePending(u.tx, invoiceId);
            u.tx.repository(Invoice.class).update(invoice);
            if (state == InvoiceState.DRAFT) {
                u.changed(invoice, "");
            }
            return invoices.summary(u.tx, invoice);
        });
    }

    @Override
    public InvoiceSummary markRatesChecked(String actor, long invoiceId, RatesCheck answers) {
        Objects.requireNonNull(answers, "answers");
        Justification amo = justification(answers.amoJustification());
        Justification amc = justification(answers.amcJustification());
        return rateChecked(actor, invoiceId, invoice -> {
            invoice.setAmoJustification(amo);
            invoice.setAmcJustification(amc);
            invoice.setCommonLawAccident(answers.commonLawAccident());
            invoice.setAldRelated(answers.aldRelated());
            invoice.setAttackVictim(answers.attackVictim());
            invoice.setAlsaceMoselle(answers.alsaceMoselle());
            invoice.setNature(answers.nature());
            invoice.setExemptionCode(answers.exemptionCode().orElse(null));
            invoice.setSecureMode(answers.mode());
            for (ForcingEntry entry : answers.forcings()) {
                invoice.getForcings().removeIf(f -> f.getKind() == entry.kind());
            }
            for (ForcingEntry entry : answers.forcings()) {
                invoice.getForcings().add(forcing(entry.kind(), entry.indicator(), entry.value(), entry.period().orElse(null),
                        invoices.now(), actor));
            }
        });
    }

    @Override
    public InvoiceSummary recordRateCheck(String actor, long invoiceId, RateCheck check) {
        Objects.requireNonNull(check, "check");
        Justification amo = justification(check.amoJustification().name());
        Justification amc = justification(check.amcJustification().name());
        return rateChecked(actor, invoiceId, invoice -> {
            invoice.setAmoJustification(amo);
            invoice.setAmcJustification(amc);
            invoice.setCommonLawAccident(check.commonLawAccident());
            invoice.setAldRelated(check.aldRelated());
            invoice.setAttackVictim(check.attackVictim());
            invoice.setAlsaceMoselle(check.alsaceMoselle());
            invoice.setNature(check.nature());
            invoice.setExemptionCode(check.effectiveExemptionCode().orElse(null));
            invoice.setWorkAccidentIdentifier(check.workAccidentNumber().orElse(null));
            invoice.setWorkAccidentDate(check.workAccidentDate().orElse(null));
            invoice.setAmoTiersPayant(check.amoTiersPayant());
            invoice.setAmcTiersPayant(check.amcTiersPayant());
            invoice.setInvoiceDate(check.invoiceDate());
            invoice.setSecureMode(check.secureMode());
            invoice.getForcings().clear();
            for (ForcingRecord record : check.forcings()) {
                record.value().kind().coverageForcing().ifPresent(kind -> invoice.getForcings().add(forcing(kind,
                        record.value().indicator().orElse(""), record.value().text(), record.period().orElse(null),
                        record.at(), record.by())));
            }
        });
    }

    private static org.openfse.model.api.Forcing forcing(org.openfse.core.tariff.Forcing kind, String indicator, String value,
            org.openfse.core.Period period, Instant at, String by) {
        org.openfse.model.api.Forcing forcing = F.createForcing();
        forcing.setKind(kind);
        forcing.setIndicator(indicator);
        forcing.setValue(value);
        forcing.setPeriod(period);
        forcing.setAt(at);
        forcing.setBy(by);
        return forcing;
    }

    /** DRAFT → RATES_CHECKED (or a new check of a RATES_CHECKED invoice) with the answers applied. */
    private InvoiceSummary rateChecked(String actor, long invoiceId, java.util.function.Consumer<Invoice> apply) {
        return invoices.write(actor, u -> {
            Invoice invoice = invoices.invoice(u.tx, invoiceId);
            if (invoice.getState() != InvoiceState.RATES_CHECKED) {
                u.transition(invoice, InvoiceState.RATES_CHECKED, "vérification du taux");
            } else {
                u.changed(invoice, "vérification du taux");
                Seals.removePending(u.tx, invoiceId);
            }
            apply.accept(invoice);
            invoice.setRatesCheckedAt(invoices.now());
            u.tx.repository(Invoice.class).update(invoice);
            return invoices.summary(u.tx, invoice);
        });
    }

    private Justification justification(String name) {
        try {
            return Justification.valueOf(Objects.requireNonNull(name, "justification"));
        } catch (IllegalArgumentException e) {
            throw refusals.of(Reason.INVALID, "invalid.justification", name);
        }
    }

    @Override
    public InvoiceSummary attach(String actor, long invoiceId, DocumentKind kind, Path file) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        String sha256;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sha256 = HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            LOG.warning("attachment " + file + " of invoice " + invoiceId + " cannot be read: " + e);
            throw new BillingException(Reason.INVALID, messages.format("invalid.file", file.getFileName(), e.getMessage()),
                    List.of(), null, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        return invoices.write(actor, u -> {
            Invoice invoice = invoices.invoice(u.tx, invoiceId);
            Attachment attachment = F.createAttachment();
            attachment.setKind(AttachmentKind.valueOf(kind.name()));
            attachment.setState(AttachmentState.COMPLIANT);
            attachment.setFileName(file.getFileName().toString());
            attachment.setPath(file.toAbsolutePath().toString());
            attachment.setSha256(sha256);
            attachment.setPages(1);
            attachment.setCreatedAt(invoices.now());
            invoice.getAttachments().add(attachment);
            u.tx.repository(Invoice.class).update(invoice);
            u.changed(invoice, "pièce jointe " + kind);
            return invoices.summary(u.tx, invoice);
        });
    }

    // ---- checks and securing (Securing) ---------------------------------------------------------

    @Override
    public InvoiceDraft draftOf(long invoiceId) {
        return securing.draftOf(invoiceId);
    }

    @Override
    public List<CheckResult> check(long invoiceId) {
        return securing.check(invoiceId);
    }

    @Override
    public InvoiceSummary secure(String actor, long invoiceId, SecureOptions options) {
        return securing.secure(actor, invoiceId, options);
    }

    @Override
    public InvoiceSummary beginDesynchronised(String actor, long invoiceId, boolean vitalePresent) {
        return securing.beginDesynchronised(actor, invoiceId, vitalePresent);
    }

    @Override
    public InvoiceSummary completeDesynchronised(String actor, long invoiceId, boolean cpsAuthenticated) {
        return securing.completeDesynchronised(actor, invoiceId, cpsAuthenticated);
    }

    @Override
    public List<InvoiceSummary> awaitingCps(long practitionerId) {
        return securing.awaitingCps(practitionerId);
    }

    @Override
    public boolean verifySeal(long invoiceId) {
        return securing.verifySeal(invoiceId);
    }

    // ---- cancel and reject handling (RejectHandling) ----------------------------------------------

    @Override
    public InvoiceSummary cancel(String actor, long invoiceId, String reason) {
        return moveTo(actor, invoiceId, InvoiceState.CANCELLED, reason);
    }

    @Override
    public Defacturation defacture(String actor, long invoiceId, String rejectCause, String comment) {
        return rejects.defacture(actor, invoiceId, rejectCause, comment);
    }

    @Override
    public List<RecyclingEntry> recyclingList(long practitionerId) {
        return rejects.recyclingList(practitionerId);
    }

    @Override
    public InvoiceSummary refacture(String actor, long invoiceId, Optional<DraftRequest> corrected) {
        return rejects.refacture(actor, invoiceId, corrected);
    }

    @Override
    public InvoiceSummary cancelDre(String actor, long dreId, String reason) {
        return rejects.cancelDre(actor, dreId, reason);
    }

    @Override
    public InvoiceSummary rectifyDre(String actor, long dreId, DraftRequest corrected) {
        return rejects.rectifyDre(actor, dreId, corrected);
    }

    // ---- generic moves and queries --------------------------------------------------------------

    @Override
    public InvoiceSummary moveTo(String actor, long invoiceId, InvoiceState to, String reason) {
        Objects.requireNonNull(to, "to");
        return invoices.write(actor, u -> move(u, invoiceId, to, reason));
    }

    @Override
    public InvoiceSummary moveTo(Transaction tx, long invoiceId, InvoiceState to, String reason) {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(to, "to");
        // the caller commits; events would be posted before the commit, so none is posted
        return move(invoices.within(tx), invoiceId, to, reason);
    }

    private InvoiceSummary move(Unit u, long invoiceId, InvoiceState to, String reason) {
        Invoice invoice = invoices.invoice(u.tx, invoiceId);
        invoices.requireNotCounterpart(invoice);
        u.transition(invoice, to, reason);
        u.tx.repository(Invoice.class).update(invoice);
        return invoices.summary(u.tx, invoice);
    }

    @Override
    public InvoiceSummary summary(long invoiceId) {
        return invoices.read(tx -> invoices.summary(tx, invoices.invoice(tx, invoiceId)));
    }

    @Override
    public List<InvoiceSummary> findByNumber(long practitionerId, InvoiceNumber number) {
        Objects.requireNonNull(number, "number");
        return invoices.read(tx -> tx.repository(Invoice.class).findBy("number", number).stream()
                .filter(i -> Invoices.owner(i) == practitionerId).map(i -> invoices.summary(tx, i)).toList());
    }

    @Override
    public Money deposit(long patientId) {
        return rejects.deposit(patientId);
    }

    @Override
    public InvoiceSummary bill(String actor, DraftRequest request, RatesCheck answers, SecureOptions options) {
        InvoiceSummary draft = createDraft(actor, request);
        markRatesChecked(actor, draft.id(), answers);
        return secure(actor, draft.id(), options);
    }
}
