package org.openfse.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openfse.b2.B2FileHeader;
import org.openfse.b2.B2Invoice;
import org.openfse.b2.B2Line;
import org.openfse.b2.B2LotHeader;
import org.openfse.b2.B2Writer;
import org.openfse.core.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a B2 file of {@value #INVOICES} invoices (issue 8: under 5 s) with {@link B2Writer}: 2 act
 * lines per invoice, lots of {@value #PER_LOT} invoices (the lot trailer counts at most 999), to a
 * file on disk (records 2, 4, 4, 5 per invoice: 400,000 records, 51 MB). The invoices are built
 * once in the setup; one operation = the whole file, written and closed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class B2WriteBenchmark {

    static final int INVOICES = 100_000;
    static final int PER_LOT = 500;

    List<B2Invoice> invoices;
    Path file;

    @Setup
    public void setUp() throws IOException {
        LocalDate day = LocalDate.of(2024, 5, 28);
        invoices = new ArrayList<>(INVOICES);
        for (int i = 0; i < INVOICES; i++) {
            List<B2Line> lines = List.of(
                    new B2Line("991000001", day, "AMI", 1, new BigDecimal("3.00"), 0, Money.ofCents(945), Money.ofCents(945),
                            60, Money.ofCents(567), Money.ofCents(945), ' ', 1, Money.ZERO),
                    new B2Line("991000001", day, "IFD", 1, new BigDecimal("1.00"), 0, Money.ofCents(275), Money.ofCents(275),
                            60, Money.ofCents(165), Money.ofCents(275), ' ', 1, Money.ZERO));
            invoices.add(new B2Invoice("991000001", String.format("18001751%05d", i % 100_000), "47", i + 1, day, 0, 'F',
                    "01", "751", "0809", 0, "", null, "10", ' ', "800101", 1, "", i % 2 == 0 ? "05" : "00", "", lines));
        }
        file = Files.createTempFile("b2-bench", ".b2");
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long write100000Invoices() throws IOException {
        LocalDate day = LocalDate.of(2024, 5, 28);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                B2Writer writer = new B2Writer(out, new B2FileHeader("TP", "991000001", "", "1751", "", "BENCH1", day,
                        "    ", "B2", ""))) {
            int lot = 0;
            for (int i = 0; i < INVOICES; i++) {
                if (i % PER_LOT == 0) {
                    if (i > 0) {
                        writer.endLot();
                    }
                    writer.startLot(new B2LotHeader("991000001", "751", ++lot, "BENCH", day, 'S', "", "", 'E', "01", "751",
                            'T', ""));
                }
                writer.invoice(invoices.get(i));
            }
            writer.endLot();
        }
        return Files.size(file);
    }
}
