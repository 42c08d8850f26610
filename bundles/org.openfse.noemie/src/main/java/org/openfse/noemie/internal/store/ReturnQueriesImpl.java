package org.openfse.noemie.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.returns.FollowUpFilter;
import org.openfse.core.returns.FollowUpState;
import org.openfse.core.returns.FollowUpSummary;
import org.openfse.core.returns.InvoiceFollowUp;
import org.openfse.core.returns.MovementView;
import org.openfse.core.returns.OneOffView;
import org.openfse.core.returns.Part;
import org.openfse.core.returns.PaymentLineView;
import org.openfse.core.returns.RejectView;
import org.openfse.core.returns.ReturnQueries;
import org.openfse.core.returns.RspMark;
import org.openfse.core.returns.TransferDetail;
import org.openfse.core.returns.TransferView;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.PayerPart;
import org.openfse.model.api.Payment;
import org.openfse.model.api.PaymentLine;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.Reject;
import org.openfse.model.api.Retenue;
import org.openfse.model.api.ReturnFile;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The follow-up views ({@link ReturnQueries}) read from the store. Lists are built for a screen:
 * the invoices sent in the period, the payments and return files of the period; paid amounts and
 * rejects are gathered from every payment and return file once per call.
 */
@Component(service = ReturnQueries.class)
public final class ReturnQueriesImpl implements ReturnQueries {

    private static final Set<InvoiceState> SENT_STATES = InvoiceMatcher.EXPECTING;

    private final Store store;
    private final ReturnArchive archive;

    @Activate
    public ReturnQueriesImpl(@Reference Store store, BundleContext context) {
        this(store, new ReturnArchive(ReturnArchive.defaultDataFolder(context.getProperty("openfse.data"))));
    }

    public ReturnQueriesImpl(Store store, ReturnArchive archive) {
        this.store = store;
        this.archive = archive;
    }

    /** Paid amounts and last payment day per invoice id. */
    private record Paid(Map<Long, Long> cents, Map<Long, LocalDate> lastDay) {
    }

    private static Paid paid(Transaction tx) {
        Repository<Invoice> invoices = tx.repository(Invoice.class);
        Map<Long, Long> cents = new HashMap<>();
        Map<Long, LocalDate> lastDay = new HashMap<>();
        for (Payment payment : LettrageImpl.all(tx.repository(Payment.class))) {
            for (PaymentLine line : payment.getLines()) {
                if (line.getInvoice() == null) {
                    continue;
                }
                long id = invoices.idOf(line.getInvoice());
                cents.merge(id, line.getPaid().cents(), Long::sum);
                if (payment.getDate() != null) {
                    lastDay.merge(id, payment.getDate(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return new Paid(cents, lastDay);
    }

    private Map<Long, List<RejectView>> rejectsByInvoice(Transaction tx) {
        Repository<Invoice> invoices = tx.repository(Invoice.class);
        Repository<ReturnFile> files = tx.repository(ReturnFile.class);
        Map<Long, List<RejectView>> byInvoice = new HashMap<>();
        for (ReturnFile file : LettrageImpl.all(files)) {
            Set<Integer> notices = file.getSha256() == null || file.getReceivedAt() == null ? Set.of()
                    : Reports.notices(archive.readReport(archive.locate(file.getSha256(), file.getReceivedAt())));
            long fileId = files.idOf(file);
            for (int i = 0; i < file.getRejects().size(); i++) {
                Reject reject = file.getRejects().get(i);
                if (reject.getInvoice() == null) {
                    continue;
                }
                long invoiceId = invoices.idOf(reject.getInvoice());
                byInvoice.computeIfAbsent(invoiceId, k -> new ArrayList<>()).add(new RejectView(reject.getId(), fileId,
                        reject.getInvoiceNumber() == null ? "" : reject.getInvoiceNumber().toString(), nz(reject.getCode()),
                        nz(reject.getLabel()), ReturnWriter.mark(reject.getHandling()), reject.getDate(), notices.contains(i)));
            }
        }
        return byInvoice;
    }

    @Override
    public List<InvoiceFollowUp> invoiceFollowUp(FollowUpFilter filter) {
        return store.inTransaction(tx -> {
            Repository<Invoice> invoices = tx.repository(Invoice.class);
            Paid paid = paid(tx);
            Map<Long, List<RejectView>> rejects = rejectsByInvoice(tx);
            List<InvoiceFollowUp> rows = new ArrayList<>();
            InvoiceMatcher matcher = new InvoiceMatcher(tx);
            for (InvoiceState state : SENT_STATES) {
                for (Invoice invoice : invoices.findBy("state", state)) {
                    if (invoice.getCounterpartOf() != null || invoice.getNumber() == null) {
                        continue;
                    }
                    LocalDate day = invoice.getInvoiceDate() != null ? invoice.getInvoiceDate() : invoice.getCareDate();
                    if (day == null || day.isBefore(filter.from()) || day.isAfter(filter.to())) {
                        continue;
                    }
                    String ps = psNumber(tx, invoice);
                    if (!filter.psNumber().isEmpty() && !filter.psNumber().equals(ps)) {
                        continue;
                    }
                    String amo = matcher.amoOrganisme(invoice);
                    String amc = amcNumber(tx, invoice);
                    if (!filter.organisme().isEmpty() && !amo.startsWith(filter.organisme()) && !amc.startsWith(filter.organisme())) {
                        continue;
                    }
                    long id = invoices.idOf(invoice);
                    Money expected = LettrageImpl.expected(invoice);
                    Money paidAmount = Money.ofCents(paid.cents().getOrDefault(id, 0L));
                    List<RejectView> own = rejects.getOrDefault(id, List.of());
                    FollowUpState followUp = state(invoice.getState(), own);
                    if (!filter.states().isEmpty() && !filter.states().contains(followUp)) {
                        continue;
                    }
                    Money remaining = expected.minus(paidAmount);
                    if (filter.unreconciledOnly() && remaining.isZero()) {
                        continue;
                    }
                    LocalDate received = paid.lastDay().get(id);
                    for (RejectView r : own) {
                        if (r.date() != null && (received == null || r.date().isAfter(received))) {
                            received = r.date();
                        }
                    }
                    rows.add(new InvoiceFollowUp(id, received, patientName(tx, invoice), day, invoice.getNumber(),
                            matcher.lotNumber(invoice), expected, paidAmount, remaining, organismes(amo, amc), followUp,
                            invoice.getSecureMode() == SecureMode.SESAM_VITALE, ps, own));
                }
            }
            rows.sort(Comparator.comparing(InvoiceFollowUp::invoiceDate).thenComparing(InvoiceFollowUp::number).reversed());
            return rows;
        });
    }

    /** En cours / payé / rejeté / en anomalie from the invoice state and its rejects. */
    static FollowUpState state(InvoiceState state, List<RejectView> rejects) {
        return switch (state) {
            case PAID -> FollowUpState.PAID;
            case REJECTED -> FollowUpState.REJECTED;
            case ANOMALY, PARTLY_PAID -> FollowUpState.ANOMALY;
            default -> rejects.stream().anyMatch(r -> !r.notice()) ? FollowUpState.REJECTED : FollowUpState.IN_PROGRESS;
        };
    }

    private static String organismes(String amo, String amc) {
        String amoText = amo.length() == 9 ? amo.substring(0, 2) + " " + amo.substring(2, 5) + " " + amo.substring(5) : amo;
        return amoText + " / " + amc;
    }

    private static String amcNumber(Transaction tx, Invoice invoice) {
        AmcCoverage coverage = invoice.getAmcCoverage();
        return coverage == null ? "" : nz(tx.resolve(coverage).getAmcNumber());
    }

    private static String psNumber(Transaction tx, Invoice invoice) {
        Practitioner practitioner = invoice.getPractitioner();
        return practitioner == null ? "" : nz(tx.resolve(practitioner).getPsNumber());
    }

    private static String patientName(Transaction tx, Invoice invoice) {
        Beneficiary beneficiary = invoice.getBeneficiary();
        if (beneficiary == null) {
            return "";
        }
        Beneficiary read = tx.resolve(beneficiary);
        return (nz(read.getLastName()) + " " + nz(read.getFirstName())).strip();
    }

    @Override
    public FollowUpSummary summary(List<InvoiceFollowUp> rows) {
        return FollowUpSummary.of(rows.size(), (int) rows.stream().filter(InvoiceFollowUp::secured).count());
    }

    @Override
    public List<TransferView> transfers(LocalDate from, LocalDate to) {
        return store.inTransaction(tx -> {
            List<TransferView> views = new ArrayList<>();
            for (Payment payment : LettrageImpl.all(tx.repository(Payment.class))) {
                if (isOneOffDetail(payment) || !within(payment.getDate(), from, to)) {
                    continue;
                }
                views.add(view(tx, payment));
            }
            views.sort(Comparator.comparing(TransferView::date, Comparator.nullsLast(Comparator.reverseOrder())));
            return views;
        });
    }

    private static boolean isOneOffDetail(Payment payment) {
        return payment.isOneOff() && nz(payment.getReference()).contains("/");
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static TransferView view(Transaction tx, Payment payment) {
        int lettered = (int) payment.getLines().stream().filter(l -> l.getInvoice() != null).count();
        return new TransferView(tx.repository(Payment.class).idOf(payment), payment.getDate(), labels(payment),
                nz(payment.getPayer()), payment.getAmount(), payment.isOneOff(), payment.getLines().size(), lettered);
    }

    private static List<String> labels(Payment payment) {
        String labels = nz(payment.getLabels());
        return labels.isEmpty() ? List.of() : List.of(labels.split("\n"));
    }

    @Override
    public Optional<TransferDetail> transfer(long paymentId) {
        return store.inTransaction(tx -> {
            Optional<Payment> found = tx.repository(Payment.class).find(paymentId);
            if (found.isEmpty()) {
                return Optional.<TransferDetail>empty();
            }
            Payment payment = found.get();
            Repository<Invoice> invoices = tx.repository(Invoice.class);
            List<PaymentLineView> lines = new ArrayList<>();
            for (PaymentLine line : payment.getLines()) {
                Invoice invoice = line.getInvoice() == null ? null : tx.resolve(line.getInvoice());
                lines.add(new PaymentLineView(line.getId(), line.getInvoiceNumber() == null ? "" : line.getInvoiceNumber().toString(),
                        invoice == null ? null : invoice.getInvoiceDate(), invoice == null ? "" : patientName(tx, invoice),
                        nz(payment.getPayer()), line.getPart() == PayerPart.AMC ? Part.AMC : Part.AMO, line.getExpected(),
                        line.getPaid(), line.isRegularisation(), invoice == null ? 0 : invoices.idOf(invoice)));
            }
            List<OneOffView> oneOffs = new ArrayList<>();
            String prefix = nz(payment.getReference()) + "/";
            for (Payment other : LettrageImpl.all(tx.repository(Payment.class))) {
                if (other.isOneOff() && nz(other.getReference()).startsWith(prefix)) {
                    oneOffs.add(oneOff(tx, other));
                }
            }
            List<MovementView> movements = new ArrayList<>();
            for (Retenue retenue : payment.getRetenues()) {
                movements.add(movement(paymentId, payment, retenue));
            }
            return Optional.of(new TransferDetail(view(tx, payment), lines, oneOffs, movements));
        });
    }

    private static OneOffView oneOff(Transaction tx, Payment payment) {
        String reference = nz(payment.getReference());
        String code = reference.contains("/") ? reference.substring(reference.indexOf('/') + 1) : "";
        return new OneOffView(tx.repository(Payment.class).idOf(payment), payment.getDate(), nz(payment.getPayer()), code,
                nz(payment.getLabels()), payment.getAmount());
    }

    private static MovementView movement(long paymentId, Payment payment, Retenue retenue) {
        List<String> labels = labels(payment);
        return new MovementView(paymentId, payment.getDate(), labels.isEmpty() ? "" : labels.get(0), nz(retenue.getReference()),
                retenue.getDate(), RetenueReason.kind(retenue.getReason()), RetenueReason.operation(retenue.getReason()),
                retenue.getAmount(), RetenueReason.balance(retenue.getReason()));
    }

    @Override
    public List<OneOffView> oneOffPayments(LocalDate from, LocalDate to) {
        return store.inTransaction(tx -> {
            List<OneOffView> views = new ArrayList<>();
            for (Payment payment : LettrageImpl.all(tx.repository(Payment.class))) {
                if (isOneOffDetail(payment) && within(payment.getDate(), from, to)) {
                    views.add(oneOff(tx, payment));
                }
            }
            views.sort(Comparator.comparing(OneOffView::accountingDate).reversed());
            return views;
        });
    }

    @Override
    public List<MovementView> retenues(LocalDate from, LocalDate to) {
        return store.inTransaction(tx -> {
            List<MovementView> views = new ArrayList<>();
            for (Payment payment : LettrageImpl.all(tx.repository(Payment.class))) {
                if (!within(payment.getDate(), from, to)) {
                    continue;
                }
                long id = tx.repository(Payment.class).idOf(payment);
                for (Retenue retenue : payment.getRetenues()) {
                    views.add(movement(id, payment, retenue));
                }
            }
            views.sort(Comparator.comparing(MovementView::accountingDate).reversed());
            return views;
        });
    }

    @Override
    public List<RejectView> rejects(long invoiceId) {
        return store.inTransaction(tx -> rejectsByInvoice(tx).getOrDefault(invoiceId, List.of()));
    }

    private static String nz(String text) {
        return text == null ? "" : text.strip();
    }

    static RspMark mark(Reject reject) {
        return ReturnWriter.mark(reject.getHandling());
    }
}
