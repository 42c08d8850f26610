package org.openfse.benchmarks;

import java.io.IOException;
import org.openfse.tariff.cli.internal.BenchmarkCommand;

/** {@code price} on a plain class path: {@code java -cp benchmarks.jar org.openfse.benchmarks.PriceCommandMain ARGS...}. */
public final class PriceCommandMain {

    private PriceCommandMain() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(BenchmarkCommand.run(System.out, args));
    }
}
