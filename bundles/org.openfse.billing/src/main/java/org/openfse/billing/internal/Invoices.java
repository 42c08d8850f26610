package org.openfse.billing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.BillingException;
import org.openfse.core.billing.BillingException.Reason;
import org.openfse.core.billing.DraftRequest;
import org.openfse.core.billing.InvoiceKind;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.store.ConcurrentUpdateException;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.Prescription;
import org.openfse.model.meta.OpenfseFactory;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * What every billing operation shares: read and write transactions (events posted after the
 * commit), finding an invoice, its summary, a new invoice from a {@link DraftRequest}, and the rule
 * that a negative counterpart never moves.
 */
final class Invoices {

    private static final Logger LOG = Logger.getLogger(Invoices.class.getName());
    private static final OpenfseFactory F = OpenfseFactory.eINSTANCE;

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Refusals refusals;
    private final InvoiceLifecycle lifecycle;
    private final Supplier<EventAdmin> events;

    Invoices(Store store, Clock clock, Messages messages, InvoiceLifecycle lifecycle, Supplier<EventAdmin> events) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.refusals = new Refusals(messages);
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.events = Objects.requireNonNull(events, "events");
    }

    Refusals refusals() {
        return refusals;
    }

    Messages messages() {
        return messages;
    }

    InvoiceLifecycle lifecycle() {
        return lifecycle;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads in a transaction that is rolled back. */
    <R> R read(Function<Transaction, R> work) {
        return store.inTransaction("system", tx -> {
            R result = work.apply(tx);
            tx.setRollbackOnly();
            return result;
        });
    }

    /** Runs the work in one transaction, then posts its events. */
    <R> R write(String actor, Function<Unit, R> work) {
        List<Event> pending = new ArrayList<>();
        R result;
        try {
            result = store.inTransaction(actor, tx -> work.apply(new Unit(tx, pending, lifecycle)));
        } catch (ConcurrentUpdateException e) {
            LOG.info("concurrent update of an invoice: " + e.getMessage());
            throw new BillingException(Reason.CONFLICT, messages.format("conflict", "-"), List.of(), null, e);
        }
        EventAdmin admin = events.get();
        if (admin != null) {
            pending.forEach(admin::postEvent);
        }
        return result;
    }

    /** Work inside the caller's transaction: no event is posted (the caller commits). */
    Unit within(Transaction tx) {
        return new Unit(tx, new ArrayList<>(), lifecycle);
    }

    Invoice invoice(Transaction tx, long invoiceId) {
        return tx.repository(Invoice.class).find(invoiceId).orElseThrow(() -> refusals.notFound("invoice", invoiceId));
    }

    /** Store id of the invoice's practitioner (0 when it has none). */
    static long owner(Invoice invoice) {
        return invoice.getPractitioner() == null ? 0 : invoice.getPractitioner().getId();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    InvoiceSummary summary(Transaction tx, Invoice invoice) {
        Practitioner practitioner = tx.resolve(invoice.getPractitioner());
        return new InvoiceSummary(invoice.getId(), tx.repository(Invoice.class).versionOf(invoice), practitioner.getId(),
                text(practitioner.getPsNumber()), invoice.getNumber(), InvoiceKind.valueOf(invoice.getKind().name()),
                invoice.getState(), Optional.ofNullable(invoice.getSecureMode()), invoice.getCareDate(),
                invoice.getBeneficiary() == null ? 0 : invoice.getBeneficiary().getId(), money(invoice.getTotalFees()),
                money(invoice.getTotalAmo()), money(invoice.getTotalAmc()), money(invoice.getTotalPatient()),
                idOf(invoice.getRecycledAs()), idOf(invoice.getRecycledFrom()), idOf(invoice.getCounterpartOf()),
                Optional.ofNullable(invoice.getRejectCause()), Optional.ofNullable(invoice.getRecyclingComment()));
    }

    private static Money money(Money value) {
        return value == null ? Money.ZERO : value;
    }

    private static OptionalLong idOf(Invoice invoice) {
        return invoice == null ? OptionalLong.empty() : OptionalLong.of(invoice.getId());
    }

    /** A new DRAFT invoice of the request's practitioner, with this number; the caller inserts it. */
    Invoice newInvoice(Transaction tx, DraftRequest request, String actor, InvoiceNumber number) {
        Practitioner practitioner = tx.repository(Practitioner.class).find(request.practitionerId())
                .orElseThrow(() -> refusals.notFound("practitioner", request.practitionerId()));
        Invoice invoice = F.createInvoice();
        invoice.setNumber(number);
        invoice.setState(InvoiceState.DRAFT);
        invoice.setCreatedAt(now());
        invoice.setInvoiceDate(today());
        fill(tx, invoice, request, actor);
        practitioner.getInvoices().add(invoice);
        return invoice;
    }

    /** Writes the request into the invoice (beneficiary, prescription, coverage, lines, totals). */
    void fill(Transaction tx, Invoice invoice, DraftRequest request, String actor) {
        Patient patient = tx.repository(Patient.class).find(request.patientId())
                .orElseThrow(() -> refusals.notFound("patient", request.patientId()));
        Beneficiary beneficiary = patient.getBeneficiaries().stream().filter(b -> b.getId() == request.beneficiaryId())
                .findFirst().orElseThrow(() -> refusals.of(Reason.INVALID, "notfound.beneficiary",
                        String.valueOf(request.beneficiaryId()), String.valueOf(request.patientId())));
        Prescription prescription = null;
        if (request.prescriptionId().isPresent()) {
            long id = request.prescriptionId().getAsLong();
            prescription = beneficiary.getPrescriptions().stream().filter(p -> p.getId() == id).findFirst()
                    .orElseThrow(() -> refusals.of(Reason.NOT_FOUND, "notfound.prescription", String.valueOf(id)));
        }
        InvoiceContent.fill(invoice, request, beneficiary, prescription, actor, now());
    }

    /** A negative counterpart is an accounting entry: it never moves. */
    void requireNotCounterpart(Invoice invoice) {
        if (isNegativeCounterpart(invoice)) {
            throw refusals.of(Reason.NOT_APPLICABLE, "notapplicable.counterpart", invoice.getNumber(),
                    invoice.getCounterpartOf().getNumber() == null ? String.valueOf(invoice.getCounterpartOf().getId())
                            : invoice.getCounterpartOf().getNumber());
        }
    }

    private static boolean isNegativeCounterpart(Invoice invoice) {
        org.openfse.model.api.InvoiceKind kind = invoice.getKind();
        return invoice.getCounterpartOf() != null
                && (kind == org.openfse.model.api.InvoiceKind.FSE || kind == org.openfse.model.api.InvoiceKind.DRE);
    }
}
