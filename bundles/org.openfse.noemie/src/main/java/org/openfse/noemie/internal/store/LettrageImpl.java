package org.openfse.noemie.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.returns.Lettrage;
import org.openfse.core.returns.LettrageResult;
import org.openfse.core.returns.RspMark;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Payment;
import org.openfse.model.api.PaymentLine;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.Reject;
import org.openfse.model.api.ReturnFile;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Lettrage on the store ({@link Lettrage}): matching by {@link InvoiceMatcher}, invoice states
 * moved by {@link InvoiceStateMover} (the billing service). Without a billing service the lines
 * are still lettered and the states left as they are (logged).
 */
@Component(service = {Lettrage.class, LettrageImpl.class})
public final class LettrageImpl implements Lettrage {

    /** From this many lines on, the invoices waiting for money are read at once. */
    static final int PRELOAD_FROM = 200;

    private final Store store;
    private final ReturnArchive archive;
    private volatile BillingService billing;

    @Activate
    public LettrageImpl(@Reference Store store, BundleContext context) {
        this(store, new ReturnArchive(ReturnArchive.defaultDataFolder(context.getProperty("openfse.data"))), null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setBilling(BillingService billing) {
        this.billing = billing;
    }

    void unsetBilling(BillingService billing) {
        if (this.billing == billing) {
            this.billing = null;
        }
    }

    /** For plain tests and benchmarks: on this archive, with this billing service ({@code null}: none). */
    public LettrageImpl(Store store, ReturnArchive archive, BillingService billing) {
        this.store = store;
        this.archive = archive;
        this.billing = billing;
    }

    @Override
    public LettrageResult reconcileAll(String actor) {
        return store.inTransaction(actor, tx -> {
            Tally tally = new Tally();
            for (Practitioner practitioner : all(tx.repository(Practitioner.class))) {
                long practitionerId = tx.repository(Practitioner.class).idOf(practitioner);
                List<Payment> payments = tx.repository(Payment.class).findBy("practitioner", practitionerId);
                letterLines(tx, practitionerId, payments, Map.of(), tally, true);
                for (ReturnFile file : tx.repository(ReturnFile.class).findBy("practitioner", practitionerId)) {
                    applyRejects(tx, practitionerId, file, Set.of(), Map.of(), tally, true);
                }
            }
            moveInvoices(tx, tally);
            return tally.result();
        });
    }

    @Override
    public LettrageResult reconcile(long returnFileId, String actor) {
        return store.inTransaction(actor, tx -> {
            ReturnFile file = tx.repository(ReturnFile.class).get(returnFileId);
            long practitionerId = ownerOf(tx, returnFileId);
            List<Payment> payments = new ArrayList<>();
            for (Payment payment : file.getPayments()) {
                payments.add(tx.resolve(payment));
            }
            Tally tally = new Tally();
            letterLines(tx, practitionerId, payments, Map.of(), tally, true);
            applyRejects(tx, practitionerId, file, Set.of(), Map.of(), tally, true);
            moveInvoices(tx, tally);
            return tally.result();
        });
    }

    /**
     * The automatic lettrage of an import, in its transaction, on objects not inserted yet (so the
     * lines are written once, already lettered).
     *
     * @param lots lot number per invoice number, as read in the file
     */
    LettrageResult beforeInsert(Transaction tx, long practitionerId, List<Payment> payments, ReturnFile file,
            Set<Integer> notices, Map<InvoiceNumber, String> lots) {
        Tally tally = new Tally();
        letterLines(tx, practitionerId, payments, lots, tally, false);
        applyRejects(tx, practitionerId, file, notices, lots, tally, false);
        moveInvoices(tx, tally);
        return tally.result();
    }

    @Override
    public void letter(long paymentId, long lineId, long invoiceId, String actor) {
        store.inTransaction(actor, tx -> {
            Payment payment = tx.repository(Payment.class).get(paymentId);
            PaymentLine line = line(payment, lineId);
            Invoice invoice = tx.repository(Invoice.class).find(invoiceId)
                    .orElseThrow(() -> new IllegalArgumentException(
                            StoreTexts.get("lettrage.unknownInvoice", invoiceId)));
            line.setInvoice(invoice);
            tx.repository(Payment.class).update(payment);
            Tally tally = new Tally();
            tally.touch(invoiceId, invoice, line, true);
            moveInvoices(tx, tally);
            return null;
        });
    }

    @Override
    public void unletter(long paymentId, long lineId, String actor) {
        store.inTransaction(actor, tx -> {
            Payment payment = tx.repository(Payment.class).get(paymentId);
            PaymentLine line = line(payment, lineId);
            Invoice previous = line.getInvoice();
            line.setInvoice(null);
            tx.repository(Payment.class).update(payment);
            if (previous != null) {
                Invoice invoice = tx.resolve(previous);
                long invoiceId = tx.repository(Invoice.class).idOf(invoice);
                Tally tally = new Tally();
                tally.touch(invoiceId, invoice, null, true);
                moveInvoices(tx, tally);
            }
            return null;
        });
    }

    @Override
    public void markRejects(long invoiceId, RspMark mark, String actor) {
        Objects.requireNonNull(mark, "mark");
        store.inTransaction(actor, tx -> {
            Repository<Invoice> invoices = tx.repository(Invoice.class);
            for (ReturnFile file : all(tx.repository(ReturnFile.class))) {
                boolean changed = false;
                for (Reject reject : file.getRejects()) {
                    if (reject.getInvoice() != null && invoices.idOf(reject.getInvoice()) == invoiceId) {
                        reject.setHandling(ReturnWriter.handling(mark));
                        changed = true;
                    }
                }
                if (changed) {
                    tx.repository(ReturnFile.class).update(file);
                }
            }
            return null;
        });
    }

    private static PaymentLine line(Payment payment, long lineId) {
        for (PaymentLine line : payment.getLines()) {
            if (line.getId() == lineId) {
                return line;
            }
        }
        throw new IllegalArgumentException(StoreTexts.get("lettrage.unknownLine", lineId));
    }

    private void letterLines(Transaction tx, long practitionerId, List<Payment> payments, Map<InvoiceNumber, String> lots,
            Tally tally, boolean stored) {
        InvoiceMatcher matcher = new InvoiceMatcher(tx);
        Repository<Invoice> invoices = tx.repository(Invoice.class);
        if (payments.stream().mapToInt(p -> p.getLines().size()).sum() > PRELOAD_FROM) {
            matcher.preload();
        }
        for (Payment payment : payments) {
            boolean changed = false;
            for (PaymentLine line : payment.getLines()) {
                if (line.getInvoice() != null) {
                    continue;
                }
                tally.lines++;
                InvoiceNumber number = line.getInvoiceNumber();
                Invoice invoice = number == null ? null
                        : matcher.find(number, practitionerId, lots.getOrDefault(number, ""), nz(payment.getPayer()));
                if (invoice == null) {
                    tally.unmatched.add(number == null ? "" : number.toString());
                    continue;
                }
                line.setInvoice(invoice);
                changed = true;
                tally.matched++;
                tally.touch(invoices.idOf(invoice), invoice, line, false);
            }
            if (changed && stored) {
                tx.repository(Payment.class).update(payment);
            }
        }
    }

    private void applyRejects(Transaction tx, long practitionerId, ReturnFile file, Set<Integer> notices,
            Map<InvoiceNumber, String> lots, Tally tally, boolean stored) {
        InvoiceMatcher matcher = new InvoiceMatcher(tx);
        Repository<Invoice> invoices = tx.repository(Invoice.class);
        Set<Integer> noticePositions = stored ? noticesOf(file, notices) : notices;
        boolean changed = false;
        List<Reject> rejects = file.getRejects();
        for (int i = 0; i < rejects.size(); i++) {
            Reject reject = rejects.get(i);
            if (reject.getInvoice() != null || reject.getInvoiceNumber() == null) {
                continue;
            }
            Invoice invoice = matcher.find(reject.getInvoiceNumber(), practitionerId,
                    lots.getOrDefault(reject.getInvoiceNumber(), ""), "");
            if (invoice == null) {
                tally.unmatched.add(reject.getInvoiceNumber().toString());
                continue;
            }
            reject.setInvoice(invoice);
            changed = true;
            if (!noticePositions.contains(i) && ReturnWriter.mark(reject.getHandling()) == RspMark.FINAL) {
                long id = invoices.idOf(invoice);
                tally.rejected.merge(id, new Rejection(invoice, cause(reject)), (a, b) -> a);
            }
        }
        if (changed && stored) {
            tx.repository(ReturnFile.class).update(file);
        }
    }

    private Set<Integer> noticesOf(ReturnFile file, Set<Integer> given) {
        if (!given.isEmpty() || file.getSha256() == null || file.getReceivedAt() == null) {
            return given;
        }
        return Reports.notices(archive.readReport(archive.locate(file.getSha256(), file.getReceivedAt())));
    }

    private static String cause(Reject reject) {
        String code = nz(reject.getCode());
        String label = nz(reject.getLabel());
        return (code + " " + label).strip();
    }

    private void moveInvoices(Transaction tx, Tally tally) {
        InvoiceStateMover mover = new InvoiceStateMover(billing);
        Repository<Invoice> invoices = tx.repository(Invoice.class);
        for (Map.Entry<Long, Rejection> entry : tally.rejected.entrySet()) {
            Invoice invoice = entry.getValue().invoice();
            invoice.setRejectCause(entry.getValue().cause());
            if (invoice.getState() == InvoiceState.REJECTED) {
                invoices.update(invoice);
            } else if (mover.move(tx, invoice, entry.getKey(), InvoiceState.REJECTED, "NOEMIE: " + entry.getValue().cause())) {
                tally.rejectedCount++;
            }
        }
        for (Map.Entry<Long, Touch> entry : tally.touched.entrySet()) {
            if (tally.rejected.containsKey(entry.getKey())) {
                continue;
            }
            Touch touch = entry.getValue();
            Invoice invoice = touch.invoice;
            long paid = touch.paid;
            if (touch.rescan || invoice.getState() == InvoiceState.PARTLY_PAID || invoice.getState() == InvoiceState.ANOMALY) {
                paid = paidSoFar(tx, invoice, entry.getKey(), touch);
            }
            Money expected = expected(invoice);
            InvoiceState target;
            if (touch.overpaid || paid > expected.cents() || (paid <= 0 && !touch.lines.isEmpty())) {
                target = InvoiceState.ANOMALY;
            } else if (paid == expected.cents()) {
                target = InvoiceState.PAID;
            } else if (paid > 0) {
                target = InvoiceState.PARTLY_PAID;
            } else {
                continue;
            }
            String reason = "NOEMIE: paid " + Money.ofCents(paid) + " of " + expected + " expected";
            if (mover.move(tx, invoice, entry.getKey(), target, reason)) {
                switch (target) {
                    case PAID -> tally.paid++;
                    case PARTLY_PAID -> tally.partlyPaid++;
                    default -> tally.anomalies++;
                }
            }
        }
    }

    /** What was paid for an invoice over every payment of its practitioner (lines of this run included). */
    private long paidSoFar(Transaction tx, Invoice invoice, long invoiceId, Touch touch) {
        long practitionerId = invoice.getPractitioner() == null ? 0
                : tx.repository(Practitioner.class).idOf(invoice.getPractitioner());
        Repository<Invoice> invoices = tx.repository(Invoice.class);
        long paid = 0;
        java.util.Set<Long> counted = new java.util.HashSet<>();
        List<Payment> payments = practitionerId == 0 ? all(tx.repository(Payment.class))
                : tx.repository(Payment.class).findBy("practitioner", practitionerId);
        for (Payment payment : payments) {
            for (PaymentLine line : payment.getLines()) {
                if (line.getInvoice() != null && invoices.idOf(line.getInvoice()) == invoiceId && counted.add(line.getId())) {
                    paid += line.getPaid().cents();
                }
            }
        }
        for (PaymentLine line : touch.lines) {
            if (line.getInvoice() != null && (line.getId() == 0 || counted.add(line.getId()))) {
                // a line of this run not stored yet, or not seen above
                paid += line.getPaid().cents();
            }
        }
        return paid;
    }

    /** What the payers owe: the parts in tiers payant (both parts when neither flag is set). */
    static Money expected(Invoice invoice) {
        Money amo = nz(invoice.getTotalAmo());
        Money amc = nz(invoice.getTotalAmc());
        if (!invoice.isAmoTiersPayant() && !invoice.isAmcTiersPayant()) {
            return amo.plus(amc);
        }
        return (invoice.isAmoTiersPayant() ? amo : Money.ZERO).plus(invoice.isAmcTiersPayant() ? amc : Money.ZERO);
    }

    /** The practitioner that holds a return file, 0 when none. */
    static long ownerOf(Transaction tx, long returnFileId) {
        Repository<Practitioner> practitioners = tx.repository(Practitioner.class);
        for (Practitioner practitioner : all(practitioners)) {
            long id = practitioners.idOf(practitioner);
            for (ReturnFile file : tx.repository(ReturnFile.class).findBy("practitioner", id)) {
                if (tx.repository(ReturnFile.class).idOf(file) == returnFileId) {
                    return id;
                }
            }
        }
        return 0;
    }

    static <T> List<T> all(Repository<T> repository) {
        List<T> all = new ArrayList<>();
        long offset = 0;
        while (true) {
            var page = repository.page(new org.openfse.core.store.PageRequest(offset, org.openfse.core.store.PageRequest.MAX_LIMIT,
                    "id", false, null));
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    private static Money nz(Money money) {
        return money == null ? Money.ZERO : money;
    }

    private static String nz(String text) {
        return text == null ? "" : text.strip();
    }

    private record Rejection(Invoice invoice, String cause) {
    }

    /** What one invoice received in this run. */
    private static final class Touch {
        final Invoice invoice;
        final List<PaymentLine> lines = new ArrayList<>();
        long paid;
        boolean overpaid;
        boolean rescan;

        Touch(Invoice invoice) {
            this.invoice = invoice;
        }
    }

    /** Counts of one run. */
    private static final class Tally {
        final Map<Long, Touch> touched = new LinkedHashMap<>();
        final Map<Long, Rejection> rejected = new HashMap<>();
        final List<String> unmatched = new ArrayList<>();
        int lines;
        int matched;
        int paid;
        int partlyPaid;
        int anomalies;
        int rejectedCount;

        void touch(long invoiceId, Invoice invoice, PaymentLine line, boolean rescan) {
            Touch touch = touched.computeIfAbsent(invoiceId, id -> new Touch(invoice));
            touch.rescan |= rescan;
            if (line != null) {
                touch.lines.add(line);
                touch.paid += line.getPaid().cents();
                if (line.getExpected() != null && line.getPaid().compareTo(line.getExpected()) > 0) {
                    touch.overpaid = true;
                }
            }
        }

        LettrageResult result() {
            return new LettrageResult(lines, matched, paid, partlyPaid, anomalies, rejectedCount, unmatched);
        }
    }
}
