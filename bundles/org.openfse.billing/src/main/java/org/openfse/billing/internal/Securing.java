package org.openfse.billing.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.BillingException;
import org.openfse.core.billing.BillingException.Reason;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.billing.SecureOptions;
import org.openfse.core.sesam.DesynchronisedSecuring;
import org.openfse.core.sesam.PendingSecuring;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecureRequest;
import org.openfse.core.sesam.SecuredInvoice;
import org.openfse.core.sesam.SecuringException;
import org.openfse.core.sesam.SesamEngine;
import org.openfse.core.store.Repository;
import org.openfse.model.api.Attachment;
import org.openfse.model.api.AttachmentKind;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Practitioner;

/**
 * Securing: the checks, then the SESAM engine of highest ranking (in one call, or désynchronisé in
 * two steps through its {@link DesynchronisedSecuring}), then SECURED with the seal kept
 * ({@link Seals}); and verifying that seal later.
 */
final class Securing {

    private static final Logger LOG = Logger.getLogger(Securing.class.getName());

    /** Attachment states that count as provided. */
    private static final Set<AttachmentState> PROVIDED = EnumSet.of(AttachmentState.COMPLIANT, AttachmentState.SAVED,
            AttachmentState.ARCHIVED, AttachmentState.PAPER_COLLECTION);

    private final Invoices invoices;
    private final CheckRunner checks;
    private final Engines<SesamEngine> engines;
    private final Engines<DesynchronisedSecuring> twoStep;
    private final Messages messages;
    private final Refusals refusals;
    private final InvoiceLifecycle lifecycle;

    Securing(Invoices invoices, CheckRunner checks, Engines<SesamEngine> engines, Engines<DesynchronisedSecuring> twoStep) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.engines = Objects.requireNonNull(engines, "engines");
        this.twoStep = Objects.requireNonNull(twoStep, "twoStep");
        this.messages = invoices.messages();
        this.refusals = invoices.refusals();
        this.lifecycle = invoices.lifecycle();
    }

    // ---- checks and securing --------------------------------------------------------------------

    InvoiceDraft draftOf(long invoiceId) {
        return invoices.read(tx -> DraftViews.of(tx, invoices.invoice(tx, invoiceId), Optional.empty()));
    }

    List<CheckResult> check(long invoiceId) {
        return checks.run(draftOf(invoiceId));
    }

    /** What securing reads before calling the engine. */
    private record Prepared(String psNumber, InvoiceNumber number, long version, byte[] content, InvoiceDraft draft,
            boolean attachmentProvided) {
    }

    /** Reads what securing needs, refusing an invoice that may not be secured now. */
    private Prepared prepare(long invoiceId, SecureMode mode) {
        return invoices.read(tx -> {
            Invoice invoice = invoices.invoice(tx, invoiceId);
            lifecycle.requireTransition(invoice.getNumber().toString(), invoice.getState(), InvoiceState.SECURED);
            Practitioner practitioner = tx.resolve(invoice.getPractitioner());
            Beneficiary beneficiary = tx.resolve(invoice.getBeneficiary());
            boolean paperFs = invoice.getAttachments().stream()
                    .anyMatch(a -> a.getKind() == AttachmentKind.PAPER_FS && PROVIDED.contains(a.getState()));
            return new Prepared(practitioner.getPsNumber(), invoice.getNumber(),
                    tx.repository(Invoice.class).versionOf(invoice),
                    CanonicalContent.of(practitioner.getPsNumber(), invoice, beneficiary),
                    DraftViews.of(tx, invoice, Optional.of(mode)), paperFs);
        });
    }

    /** Runs the checks; BLOCKING findings refuse with every reason. */
    private void requireChecksPass(Prepared prepared) {
        List<CheckResult> findings = checks.run(prepared.draft());
        List<String> blocking = findings.stream().filter(f -> f.severity() == CheckResult.Severity.BLOCKING)
                .map(f -> "• " + f.message()).toList();
        if (!blocking.isEmpty()) {
            LOG.info(() -> "invoice " + prepared.number() + " not secured: " + blocking.size() + " blocking finding(s)");
            throw new BillingException(Reason.CHECKS_FAILED,
                    messages.format("checks.failed", prepared.number(), String.join("\n", blocking)), findings, null, null);
        }
    }

    private BillingException refused(InvoiceNumber number, SecureMode mode, String engineId, SecuringException e) {
        LOG.info(() -> "invoice " + number + " not secured in " + mode + " by " + engineId + ": " + e.reason());
        return new BillingException(Reason.SECURING_REFUSED, messages.format("securing.refused", number,
                messages.format("mode." + mode.name()), e.getMessage()), List.of(), e.reason(), e);
    }

    InvoiceSummary secure(String actor, long invoiceId, SecureOptions options) {
        Objects.requireNonNull(options, "options");
        Prepared prepared = prepare(invoiceId, options.mode());
        requireChecksPass(prepared);
        SesamEngine engine = engines.best()
                .orElseThrow(() -> refusals.of(Reason.NO_ENGINE, "noengine", prepared.number()));
        SecuredInvoice sealed;
        try {
            sealed = engine.secure(new SecureRequest(prepared.psNumber(), prepared.number(), options.mode(),
                    prepared.content(), options.cpsAuthenticated(), options.vitalePresent(), prepared.attachmentProvided()));
        } catch (SecuringException e) {
            throw refused(prepared.number(), options.mode(), engine.id(), e);
        }
        return sealed(actor, invoiceId, prepared.version(), prepared.number(), sealed);
    }

    /** Moves the invoice to SECURED with the engine's seal, if nobody changed it meanwhile. */
    private InvoiceSummary sealed(String actor, long invoiceId, long version, InvoiceNumber number, SecuredInvoice sealed) {
        return invoices.write(actor, u -> {
            Repository<Invoice> repository = u.tx.repository(Invoice.class);
            Invoice invoice = invoices.invoice(u.tx, invoiceId);
            if (repository.versionOf(invoice) != version) {
                throw refusals.of(Reason.CONFLICT, "conflict", number);
            }
            u.transition(invoice, InvoiceState.SECURED, "mode " + sealed.mode() + ", moteur " + sealed.engineId());
            invoice.setSecureMode(sealed.mode());
            invoice.setSecuredAt(invoices.now());
            repository.update(invoice);
            Seals.put(u.tx, invoiceId, sealed.engineId(), sealed.seal());
            Seals.removePending(u.tx, invoiceId);
            return invoices.summary(u.tx, invoice);
        });
    }

    InvoiceSummary beginDesynchronised(String actor, long invoiceId, boolean vitalePresent) {
        Prepared prepared = prepare(invoiceId, SecureMode.DESYNCHRONISE);
        requireChecksPass(prepared);
        DesynchronisedSecuring engine = twoStep.best()
                .orElseThrow(() -> refusals.of(Reason.NO_ENGINE, "noengine", prepared.number()));
        PendingSecuring pending;
        try {
            pending = engine.begin(new SecureRequest(prepared.psNumber(), prepared.number(), SecureMode.DESYNCHRONISE,
                    prepared.content(), false, vitalePresent, prepared.attachmentProvided()));
        } catch (SecuringException e) {
            throw refused(prepared.number(), SecureMode.DESYNCHRONISE, engine.engineId(), e);
        }
        return invoices.write(actor, u -> {
            Repository<Invoice> repository = u.tx.repository(Invoice.class);
            Invoice invoice = invoices.invoice(u.tx, invoiceId);
            if (repository.versionOf(invoice) != prepared.version()) {
                throw refusals.of(Reason.CONFLICT, "conflict", prepared.number());
            }
            invoice.setSecureMode(SecureMode.DESYNCHRONISE);
            repository.update(invoice);
            Seals.putPending(u.tx, invoiceId, pending);
            u.changed(invoice, "désynchronisé : en attente de la CPS");
            return invoices.summary(u.tx, invoice);
        });
    }

    InvoiceSummary completeDesynchronised(String actor, long invoiceId, boolean cpsAuthenticated) {
        record Waiting(PendingSecuring pending, byte[] content, long version, InvoiceNumber number, String psNumber) {
        }
        Waiting waiting = invoices.read(tx -> {
            Invoice invoice = invoices.invoice(tx, invoiceId);
            lifecycle.requireTransition(invoice.getNumber().toString(), invoice.getState(), InvoiceState.SECURED);
            PendingSecuring pending = Seals.pending(tx, invoiceId, invoice.getNumber())
                    .orElseThrow(() -> refusals.of(Reason.NOT_APPLICABLE, "notapplicable.nopending", invoice.getNumber()));
            Practitioner practitioner = tx.resolve(invoice.getPractitioner());
            return new Waiting(pending, CanonicalContent.of(practitioner.getPsNumber(), invoice,
                    tx.resolve(invoice.getBeneficiary())), tx.repository(Invoice.class).versionOf(invoice), invoice.getNumber(),
                    practitioner.getPsNumber());
        });
        if (!java.util.Arrays.equals(waiting.content(), waiting.pending().content())) {
            LOG.info(() -> "invoice " + waiting.number() + " changed since the first désynchronisé step");
            throw new BillingException(Reason.SECURING_REFUSED, messages.format("securing.changed", waiting.number()),
                    List.of(), SecuringException.Reason.CONTENT_CHANGED, null);
        }
        DesynchronisedSecuring engine = twoStep.byId(waiting.pending().engineId())
                .orElseThrow(() -> refusals.of(Reason.NO_ENGINE, "noengine", waiting.number()));
        SecuredInvoice sealed;
        try {
            sealed = engine.complete(waiting.pending(), waiting.psNumber(), cpsAuthenticated);
        } catch (SecuringException e) {
            throw refused(waiting.number(), SecureMode.DESYNCHRONISE, engine.engineId(), e);
        }
        return sealed(actor, invoiceId, waiting.version(), waiting.number(), sealed);
    }

    List<InvoiceSummary> awaitingCps(long practitionerId) {
        return invoices.read(tx -> tx.repository(Invoice.class).findBy("state", InvoiceState.RATES_CHECKED).stream()
                .filter(i -> Invoices.owner(i) == practitionerId && tx.setting(Seals.PENDING + i.getId()).isPresent())
                .sorted(Comparator.comparing(Invoice::getNumber)).map(i -> invoices.summary(tx, i)).toList());
    }

    boolean verifySeal(long invoiceId) {
        return invoices.read(tx -> {
            Invoice invoice = invoices.invoice(tx, invoiceId);
            if (invoice.getSecuredAt() == null || invoice.getSecureMode() == null) {
                throw refusals.of(Reason.NOT_APPLICABLE, "notapplicable.notsecured", invoice.getNumber());
            }
            Optional<Seals.Seal> seal = Seals.get(tx, invoiceId);
            if (seal.isEmpty()) {
                LOG.warning("invoice " + invoiceId + " was secured but its seal is missing");
                return false;
            }
            Optional<SesamEngine> engine = engines.byId(seal.get().engineId());
            if (engine.isEmpty()) {
                LOG.warning("the engine " + seal.get().engineId() + " that sealed invoice " + invoiceId + " is not installed");
                return false;
            }
            Practitioner practitioner = tx.resolve(invoice.getPractitioner());
            byte[] content = CanonicalContent.of(practitioner.getPsNumber(), invoice, tx.resolve(invoice.getBeneficiary()));
            return engine.get().verify(new SecuredInvoice(invoice.getNumber(), invoice.getSecureMode(), seal.get().engineId(),
                    content, seal.get().value()));
        });
    }
}
