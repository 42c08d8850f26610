package org.openfse.store.derby.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.openfse.core.command.CliCommand;
import org.openfse.model.OpenfseModel;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code bench store [--invoices N] [--batch N] [--dir DOSSIER] [--keep]}: the
 * {@link StoreBenchmark} on a scratch database (by default a new folder of the system's
 * temporary folder, deleted at the end). Never touches the practice's database.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=bench")
public final class BenchCommand implements CliCommand {

    static final int DEFAULT_INVOICES = 100_000;
    static final int DEFAULT_BATCH = 1_000;

    private final BundleContext context;

    @Activate
    public BenchCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return Messages.get("bench.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !"store".equals(args.get(0))) {
            err.println(Messages.get("bench.usage"));
            return INVALID_INPUT;
        }
        int invoices = DEFAULT_INVOICES;
        int batch = DEFAULT_BATCH;
        int threads = 1;
        Path dir = null;
        boolean keep = false;
        try {
            for (int i = 1; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--invoices" -> invoices = positive(args.get(++i));
                    case "--batch" -> batch = positive(args.get(++i));
                    case "--threads" -> threads = positive(args.get(++i));
                    case "--dir" -> dir = Path.of(args.get(++i)).toAbsolutePath();
                    case "--keep" -> keep = true;
                    default -> throw new IllegalArgumentException(args.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println(Messages.get("bench.usage"));
            return INVALID_INPUT;
        }
        try {
            Path folder = dir != null ? dir : Files.createTempDirectory("openfse-bench-");
            if (dir != null && Files.exists(dir.resolve("db"))) {
                err.println(Messages.get("bench.exists", dir.resolve("db")));
                return INVALID_INPUT;
            }
            new StoreBenchmark(new EmbeddedDriver(), BundleMigrations.load(context.getBundle()),
                    ModelMapping.of(OpenfseModel.ePackage()), out).run(folder, invoices, batch, threads, keep);
            return OK;
        } catch (IOException e) {
            err.println(Messages.get("bench.failed", String.valueOf(e.getMessage())));
            return FAILED;
        }
    }

    private static int positive(String text) {
        int value = Integer.parseInt(text.replace("_", "").strip());
        if (value < 1) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
