package org.openfse.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openfse.core.returns.PaymentGroup;
import org.openfse.core.returns.ReturnFile;
import org.openfse.core.returns.ReturnListener;
import org.openfse.noemie.internal.NoemieReturnProcessor;

/**
 * The read of {@link NoemieParseBenchmark} timed by hand, wall-clock and CPU time of the reading
 * thread, so that a figure stays meaningful on a shared machine:
 * {@code java -cp benchmarks.jar org.openfse.benchmarks.NoemieParseRun [rounds]}.
 */
public final class NoemieParseRun {

    private NoemieParseRun() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        byte[] file = NoemieFiles.bytes(NoemieParseBenchmark.GROUPS, NoemieParseBenchmark.PER_GROUP, "992604231");
        NoemieReturnProcessor processor = new NoemieReturnProcessor();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] groups = new long[1];
        ReturnListener listener = new ReturnListener() {
            @Override
            public void payment(PaymentGroup group) {
                groups[0] += group.invoices().size();
            }
        };
        System.out.printf(Locale.ROOT, "NOEMIE file in memory: %.1f MB, %d invoices%n", file.length / 1e6,
                (long) NoemieParseBenchmark.GROUPS * NoemieParseBenchmark.PER_GROUP);
        for (int round = 1; round <= rounds; round++) {
            long cpu = mx.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ReturnFile result = processor.read(new ByteArrayInputStream(file), listener);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "round %2d: %6.0f ms wall = %6.1f MB/s; %6.0f ms CPU = %6.1f MB per CPU second; %d errors;"
                    + " load %.2f%n", round, wall * 1000, file.length / 1e6 / wall, cpuSeconds * 1000, file.length / 1e6 / cpuSeconds,
                    result.errors().size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
