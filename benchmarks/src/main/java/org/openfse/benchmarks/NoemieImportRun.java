package org.openfse.benchmarks;

import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.returns.ImportResult;
import org.openfse.core.returns.LettrageResult;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.noemie.internal.NoemieReturnProcessor;
import org.openfse.noemie.internal.store.LettrageImpl;
import org.openfse.noemie.internal.store.ReturnArchive;
import org.openfse.noemie.internal.store.ReturnImportImpl;
import org.openfse.store.derby.internal.BenchStores;

/**
 * Import and automatic lettrage of N payment lines into a new Derby database (embedded, normal
 * durability) in a temporary folder: first N invoices (state ARL_POSITIVE, AMO in tiers payant)
 * are stored, not timed; then a NOEMIE file of N/1000 transfers of 1000 invoices is imported by
 * the real {@code ReturnImportImpl}: verbatim copy, SHA-256, parse, aggregates written, every line
 * matched to its invoice and every invoice moved to PAID or PARTLY_PAID. Timed: the whole import
 * call. The invoice moves go through a billing stand-in that does what the billing service's
 * {@code moveTo(tx, ...)} does in the store (read the invoice in the transaction, set the state,
 * update it with its audit record), without the billing bundle's event.
 *
 * <pre>java [-Dnoemie.lettrage=false] -cp benchmarks.jar org.openfse.benchmarks.NoemieImportRun [lines] [folder]</pre>
 *
 * With {@code -Dnoemie.lettrage=false} no invoice is stored and the automatic lettrage is off:
 * only the import itself (copy, parse, aggregates) is timed.
 */
public final class NoemieImportRun {

    private static final String PS = "992604231";

    private NoemieImportRun() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("openfse-bench-noemie-");
        boolean lettrage = !"false".equals(System.getProperty("noemie.lettrage"));
        int perGroup = Math.min(1000, lines);
        int groups = lines / perGroup;
        System.out.printf(Locale.ROOT, "bench noemie: %d payment lines (%d transfers of %d), database in %s%n", groups * perGroup,
                groups, perGroup, folder);
        Store store = BenchStores.open(folder.resolve("db"));
        try {
            long start = System.nanoTime();
            store.inTransaction("bench", tx -> {
                if (!lettrage) {
                    tx.putSetting(org.openfse.core.returns.ReturnImport.AUTO_LETTRAGE_SETTING, "false");
                }
                Practitioner p = OpenfseFactory.eINSTANCE.createPractitioner();
                p.setPsNumber(PS);
                p.setLastName("BENCH");
                tx.repository(Practitioner.class).insert(p);
                return null;
            });
            for (int first = 1; lettrage && first <= groups * perGroup; first += 1000) {
                int from = first;
                int to = Math.min(groups * perGroup, first + 999);
                store.inTransaction("bench", tx -> {
                    Practitioner p = tx.repository(Practitioner.class).findBy("psNumber", PS).get(0);
                    for (int n = from; n <= to; n++) {
                        Invoice invoice = OpenfseFactory.eINSTANCE.createInvoice();
                        invoice.setNumber(new InvoiceNumber(n));
                        invoice.setState(InvoiceState.ARL_POSITIVE);
                        invoice.setSecureMode(SecureMode.SESAM_VITALE);
                        invoice.setInvoiceDate(LocalDate.of(2024, 5, 28));
                        invoice.setTotalAmo(Money.ofCents(NoemieFiles.claimed(n)));
                        invoice.setAmoTiersPayant(true);
                        p.getInvoices().add(invoice);
                        tx.repository(Invoice.class).insert(invoice);
                    }
                    return null;
                });
            }
            System.out.printf(Locale.ROOT, "setup: %d invoices stored in %.1f s (not timed)%n", lettrage ? groups * perGroup : 0,
                    (System.nanoTime() - start) / 1e9);
            Path file = folder.resolve("bench.noemie");
            long size;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                size = NoemieFiles.write(out, groups, perGroup, PS);
            }
            System.out.printf(Locale.ROOT, "file: %s, %d bytes%n", file, size);
            Map<InvoiceState, Integer> moves = new EnumMap<>(InvoiceState.class);
            BillingService billing = (BillingService) Proxy.newProxyInstance(BillingService.class.getClassLoader(),
                    new Class<?>[] {BillingService.class}, (proxy, method, a) -> {
                        if (method.getName().equals("moveTo") && a.length == 4 && a[0] instanceof Transaction tx) {
                            Invoice invoice = tx.repository(Invoice.class).get((Long) a[1]);
                            invoice.setState((InvoiceState) a[2]);
                            tx.repository(Invoice.class).update(invoice);
                            moves.merge((InvoiceState) a[2], 1, Integer::sum);
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            ReturnArchive archive = new ReturnArchive(folder.resolve("data"));
            ReturnImportImpl imports = new ReturnImportImpl(store, new NoemieReturnProcessor(),
                    new LettrageImpl(store, archive, billing), archive);
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = mx.getCurrentThreadCpuTime();
            start = System.nanoTime();
            ImportResult result = imports.importFile(file, "bench");
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
            LettrageResult done = result.lettrage().orElse(LettrageResult.NONE);
            System.out.printf(Locale.ROOT, "import%s: %s, %d payments, %d lines, %d matched, %d paid, %d partly paid,"
                    + " %d errors%n", lettrage ? " + lettrage" : " (lettrage off)", result.status(), result.payments(),
                    result.paymentLines(), done.matched(), done.paid(), done.partlyPaid(), result.errors().size());
            System.out.printf(Locale.ROOT, "import: %.1f s wall-clock = %.0f lines/s; CPU of the importing thread %.1f s;"
                    + " moves %s; load average %.2f%n", seconds, result.paymentLines() / seconds, cpuSeconds, moves,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            BenchStores.close(store);
        }
    }
}
