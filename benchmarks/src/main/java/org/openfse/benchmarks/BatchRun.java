package org.openfse.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openfse.tariff.cli.internal.BenchmarkCommand;

/**
 * The batch benchmark of issue 6 (target: 1,000,000 invoices in under 30 s): writes a JSONL file
 * of N five-line invoices (optician, nurse, doctor in turn), then runs the real
 * {@code price --batch} command on it, once with the full output (to a counting sink) and once
 * with {@code --summary}, and prints the wall-clock times.
 *
 * <pre>java -cp benchmarks.jar org.openfse.benchmarks.BatchRun N FILE.jsonl [generate-only]</pre>
 */
public final class BatchRun {

    private static final String[] SPECIALTIES = {"optician", "nurse", "doctor"};

    private BatchRun() {
    }

    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        generate(count, file);
        if (args.length > 2 && "generate-only".equals(args[2])) {
            return;
        }
        for (int round = 1; round <= 3; round++) {
            CountingSink sink = new CountingSink();
            long start = System.nanoTime();
            int code = BenchmarkCommand.run(sink, "--batch", file.toString());
            double full = (System.nanoTime() - start) / 1e9;
            CountingSink summarySink = new CountingSink();
            start = System.nanoTime();
            int summaryCode = BenchmarkCommand.run(summarySink, "--batch", "--summary", file.toString());
            double summary = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %,d invoices: price --batch %.2f s (exit %d, %,d output lines, %,d bytes); "
                    + "price --batch --summary %.2f s (exit %d)%n", round, count, full, code, sink.lines, sink.bytes, summary,
                    summaryCode);
        }
    }

    private static void generate(long count, Path file) throws IOException {
        if (Files.exists(file)) {
            try (var existing = Files.lines(file)) {
                if (existing.count() == count) {
                    return;
                }
            }
        }
        String[] lines = new String[SPECIALTIES.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Invoices.json(SPECIALTIES[i]);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                writer.write(lines[(int) (i % lines.length)]);
                writer.write('\n');
            }
        }
    }

    /** Counts what the command writes, and drops it. */
    private static final class CountingSink extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
