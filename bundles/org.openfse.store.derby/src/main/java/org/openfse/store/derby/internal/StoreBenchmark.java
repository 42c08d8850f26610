package org.openfse.store.derby.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Page;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Repository;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;
import org.openfse.model.meta.OpenfseFactory;

/**
 * The store benchmark of {@code openfse cli bench store}: on a new database in a scratch folder
 * (never the practice's database), it inserts invoices of 3 lines through the real
 * {@link Repository} (mapping, ids, audit trail, one transaction per batch, Derby's default
 * durability: every commit is forced to disk), then opens the invoice list: count and one page of
 * {@value #PAGE} rows, sorted in the database, at the start, the middle and the end, by several
 * keys, cold (first query of its shape) and warm (best of {@value #RUNS}).
 */
final class StoreBenchmark {

    static final int PAGE = 50;
    static final int RUNS = 5;
    private static final int FOLDERS = 200;

    private final Driver driver;
    private final List<Migration> migrations;
    private final ModelMapping mapping;
    private final PrintStream out;
    private int threads = 1;

    StoreBenchmark(Driver driver, List<Migration> migrations, ModelMapping mapping, PrintStream out) {
        this.driver = driver;
        this.migrations = migrations;
        this.mapping = mapping;
        this.out = out;
    }

    /** Runs the benchmark in {@code folder} (created, and deleted afterwards unless {@code keep}). */
    void run(Path folder, int invoices, int batch, boolean keep) throws IOException {
        run(folder, invoices, batch, 1, keep);
    }

    /** As {@link #run(Path, int, int, boolean)}, inserting with {@code threads} writers at once (an import split in parts). */
    void run(Path folder, int invoices, int batch, int threads, boolean keep) throws IOException {
        this.threads = threads;
        Files.createDirectories(folder);
        out.printf(Locale.ROOT, "bench store: %d invoices of 3 lines, %d per transaction, %d writer(s), database in %s%n", invoices,
                batch, threads, folder);
        out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try {
            insertAndReopen(folder, invoices, batch);
        } finally {
            if (!keep) {
                delete(folder);
            }
        }
    }

    private void insertAndReopen(Path folder, int invoices, int batch) throws IOException {
        try (StoreEngine store = new StoreEngine(driver, null, StoreOptions.embedded(folder), migrations, mapping)) {
            long[] ids = setUp(store);
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
            long start = System.nanoTime();
            List<Thread> writers = new ArrayList<>();
            List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            int share = (invoices + threads - 1) / threads;
            for (int w = 0; w < threads; w++) {
                int first = w * share;
                int last = Math.min(invoices, first + share);
                Runnable part = () -> {
                    long cpuStart = mx.getCurrentThreadCpuTime();
                    try {
                        insert(store, ids, first, last, batch);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
                };
                if (threads == 1) {
                    part.run();
                } else {
                    Thread t = new Thread(part, "bench-writer-" + w);
                    t.start();
                    writers.add(t);
                }
            }
            for (Thread t : writers) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = cpuNanos.get() / 1e9;
            out.printf(Locale.ROOT, "insert: %d invoices (%d rows with lines and audit) in %.1f s = %.0f invoices/s%n", invoices,
                    invoices * 5L, seconds, invoices / seconds);
            out.printf(Locale.ROOT, "insert: CPU time of the inserting thread(s) %.1f s (%.0f invoices per CPU second); "
                    + "system load average %.2f%n", cpu, invoices / cpu,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf(Locale.ROOT, "database size: %d MB%n", size(folder.resolve("db")) / (1024 * 1024));
            // the first query shapes of a process compile slowly: measured once here, before the restart below
            query(store, "first page by number, same process", PageRequest.first(PAGE));
        }
        try (StoreEngine store = new StoreEngine(driver, null, StoreOptions.embedded(folder), migrations, mapping)) {
            // reopened as at the next start of OpenFSE, which warms the lists up in the background
            long opened = System.nanoTime();
            try {
                store.awaitWarmUp(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.printf(Locale.ROOT, "reopen: database opened and lists warmed up in %.0f ms%n", (System.nanoTime() - opened) / 1e6);
            query(store, "first page by number", PageRequest.first(PAGE));
            query(store, "middle page by number", new PageRequest(invoices / 2, PAGE, "number", false, null));
            query(store, "last page by number", new PageRequest(Math.max(0, invoices - PAGE), PAGE, "number", false, null));
            query(store, "first page by number, descending", PageRequest.first(PAGE).sortedBy("number", true));
            query(store, "first page by care date, descending", PageRequest.first(PAGE).sortedBy("careDate", true));
            query(store, "first page by patient name", PageRequest.first(PAGE).sortedBy("patient", false));
            query(store, "search by number", PageRequest.first(PAGE).matching(String.valueOf(invoices / 3)));
            query(store, "search by patient name", PageRequest.first(PAGE).matching("MARTIN"));
        }
    }

    /** Inserts invoices {@code first} to {@code last - 1}, {@code batch} per transaction. */
    private void insert(StoreEngine store, long[] ids, int first, int last, int batch) {
        for (int done = first; done < last; done += batch) {
            int from = done;
            int count = Math.min(batch, last - done);
            store.inTransaction("bench", tx -> {
                Repository<Invoice> repository = tx.repository(Invoice.class);
                // stand-ins, as a screen holding ids would pass them: the writer only needs their ids
                Practitioner practitioner = proxy(Practitioner.class, ids[0]);
                for (int i = from; i < from + count; i++) {
                    Beneficiary beneficiary = proxy(Beneficiary.class, ids[1 + i % FOLDERS]);
                    repository.insert(invoice(practitioner, beneficiary, i));
                }
                return null;
            });
        }
    }

    private void query(StoreEngine store, String label, PageRequest request) {
        Supplier<Page<Invoice>> page = () -> store.inTransaction(tx -> tx.repository(Invoice.class).page(request));
        long t0 = System.nanoTime();
        Page<Invoice> first = page.get();
        double cold = (System.nanoTime() - t0) / 1e6;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            page.get();
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        out.printf(Locale.ROOT, "list: %-36s %3d of %7d rows: cold %6.0f ms, warm %5.0f ms%n", label, first.items().size(),
                first.total(), cold, best);
    }

    /** A practitioner and {@value #FOLDERS} folders; returns the practitioner id then one beneficiary id per folder. */
    private long[] setUp(StoreEngine store) {
        OpenfseFactory f = OpenfseFactory.eINSTANCE;
        long[] ids = new long[1 + FOLDERS];
        store.inTransaction("bench", tx -> {
            Practitioner practitioner = f.createPractitioner();
            practitioner.setPsNumber("991000009");
            practitioner.setLastName("Bench");
            ids[0] = tx.repository(Practitioner.class).insert(practitioner);
            String[] names = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND"};
            for (int i = 0; i < FOLDERS; i++) {
                Patient patient = f.createPatient();
                Insured insured = f.createInsured();
                insured.setLastName(names[i % names.length]);
                insured.setFirstName("Patient " + i);
                patient.setInsured(insured);
                Beneficiary b = f.createBeneficiary();
                b.setLastName(insured.getLastName());
                b.setFirstName(insured.getFirstName());
                b.setQuality("00");
                patient.getBeneficiaries().add(b);
                tx.repository(Patient.class).insert(patient);
                ids[1 + i] = b.getId();
            }
            return null;
        });
        return ids;
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, long id) {
        return (T) Proxies.create(mapping, mapping.table(eClassOf(type)).eClass, id);
    }

    private org.eclipse.emf.ecore.EClass eClassOf(Class<?> type) {
        return mapping.tables().keySet().stream().filter(c -> c.getInstanceClass() == type).findFirst().orElseThrow();
    }

    private static Invoice invoice(Practitioner practitioner, Beneficiary beneficiary, int i) {
        OpenfseFactory f = OpenfseFactory.eINSTANCE;
        Invoice invoice = f.createInvoice();
        invoice.setNumber(new InvoiceNumber(1 + i));
        invoice.setState(InvoiceState.SECURED);
        invoice.setSecureMode(SecureMode.SESAM_VITALE);
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 365);
        invoice.setCareDate(day);
        invoice.setInvoiceDate(day);
        invoice.setCreatedAt(Instant.parse("2026-01-01T08:00:00Z").plusSeconds(i * 60L));
        invoice.setAmoTiersPayant(true);
        invoice.setBeneficiary(beneficiary);
        practitioner.getInvoices().add(invoice);
        Money total = Money.ZERO;
        Money amo = Money.ZERO;
        String[] codes = {"AMI", "AMI", "IFI"};
        for (int l = 0; l < 3; l++) {
            InvoiceLine line = f.createInvoiceLine();
            line.setActCode(codes[l]);
            line.setExecutionDate(day);
            line.setQuantity(1);
            line.setCoefficient(l < 2 ? new BigDecimal("1") : null);
            Money price = Money.parse(l < 2 ? "3.15" : "2.75");
            line.setUnitPrice(price);
            line.setFees(price);
            line.setBase(price);
            line.setRate(60);
            line.setAmo(price.percent(60));
            line.setPatientShare(price.minus(price.percent(60)));
            invoice.getLines().add(line);
            total = total.plus(price);
            amo = amo.plus(price.percent(60));
        }
        invoice.setTotalFees(total);
        invoice.setTotalAmo(amo);
        invoice.setTotalPatient(total.minus(amo));
        return invoice;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
