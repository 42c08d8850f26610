package org.openfse.tariff.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openfse.core.command.CliCommand;
import org.openfse.tariff.internal.BenchmarkEngines;

/**
 * The {@code price} command as the product registers it, on a plain class path: the real
 * {@link PriceCommand} with the real engine, rules and router. In the command's package to reach
 * its stdin constructor.
 */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    /** A new price command reading {@code -} from the process's standard input. */
    public static CliCommand create() {
        return new PriceCommand(BenchmarkEngines.engine(), BenchmarkEngines.router());
    }

    /** Runs {@code price args...}, writing stdout to {@code out}, stderr to this process's stderr. */
    public static int run(OutputStream out, String... args) throws IOException {
        PrintStream stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        int code = create().run(List.of(args), stdout, System.err);
        stdout.flush();
        return code == CliCommand.OK ? 0 : code;
    }
}
