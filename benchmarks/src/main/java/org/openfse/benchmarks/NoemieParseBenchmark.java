package org.openfse.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openfse.core.returns.PaymentGroup;
import org.openfse.core.returns.ReturnFile;
import org.openfse.core.returns.ReturnListener;
import org.openfse.noemie.internal.NoemieReturnProcessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming read of a NOEMIE-PS file held in memory (no disk): framing, entity cutting, field
 * decoding, assembly of payment groups and the 990 / 999 checks, as {@code ReturnProcessor.read(in,
 * listener)} does for an import. The file: 500 transfers of 2,000 invoices (102 + 198 each), about
 * 65 MB. Throughput in MB/s = file size / average time per read (printed by {@link #main}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class NoemieParseBenchmark {

    static final int GROUPS = 500;
    static final int PER_GROUP = 2000;

    byte[] file;
    NoemieReturnProcessor processor;

    @Setup
    public void setUp() {
        file = NoemieFiles.bytes(GROUPS, PER_GROUP, "992604231");
        processor = new NoemieReturnProcessor();
        System.out.printf("%nNOEMIE file: %d bytes (%.1f MB)%n", file.length, file.length / 1e6);
    }

    @Benchmark
    public ReturnFile parse(Blackhole hole) throws IOException {
        ReturnFile result = processor.read(new ByteArrayInputStream(file), new ReturnListener() {
            @Override
            public void payment(PaymentGroup group) {
                hole.consume(group);
            }
        });
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("benchmark file read with errors: " + result.errors().get(0));
        }
        return result;
    }
}
