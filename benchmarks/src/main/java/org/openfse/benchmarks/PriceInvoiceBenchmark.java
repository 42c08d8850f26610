package org.openfse.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.tariff.internal.BenchmarkEngines;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One five-line invoice priced by the product's tariff engine with the shipped rules and tables
 * (issue 6 target: under 20 µs, median after warm-up). Sample time mode, so JMH reports the
 * percentiles; read {@code p0.50}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PriceInvoiceBenchmark {

    @Param({"optician", "nurse", "doctor"})
    public String specialty;

    private TariffEngine engine;
    private PricingRequest request;

    @Setup
    public void setUp() throws PricingException {
        engine = BenchmarkEngines.engine();
        request = Invoices.request(specialty);
        engine.price(request);
    }

    @Benchmark
    public PricedInvoice priceFiveLines() throws PricingException {
        return engine.price(request);
    }
}
