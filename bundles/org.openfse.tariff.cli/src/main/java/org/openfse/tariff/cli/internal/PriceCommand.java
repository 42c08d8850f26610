package org.openfse.tariff.cli.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.openfse.core.command.CliCommand;
import org.openfse.core.routing.CoverageRouter;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.tariff.spi.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code price}: prices invoices written in JSON with the installed tariff engine and routes
 * them with the router (docs/cli.md).
 * <pre>
 * price FILE.json | -                        one invoice, indented result
 * price --batch [--summary] FILE.jsonl | -   one invoice per line, one result per line (or a summary)
 * </pre>
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=" + PriceCommand.NAME)
public final class PriceCommand implements CliCommand {

    /** The command's name. */
    static final String NAME = "price";
    /** French texts of this bundle. */
    static final String MESSAGES = "org.openfse.tariff.cli.internal.messages";

    private static final String STDIN = "-";

    private final Texts texts = Texts.load(PriceCommand.class, MESSAGES);
    private final PriceRunner runner;
    private final Supplier<InputStream> stdin;

    /** Reads {@code -} from the process's standard input, as it is when the command runs. */
    @Activate
    public PriceCommand(@Reference(name = "engine") TariffEngine engine, @Reference(name = "router") CoverageRouter router) {
        this(engine, router, () -> System.in);
    }

    PriceCommand(TariffEngine engine, CoverageRouter router, InputStream stdin) {
        this(engine, router, () -> stdin);
    }

    private PriceCommand(TariffEngine engine, CoverageRouter router, Supplier<InputStream> stdin) {
        this.runner = new PriceRunner(engine, router, texts);
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return texts.format("price.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean batch = false;
        boolean summary = false;
        String file = null;
        for (String arg : args) {
            if ("--batch".equals(arg) && !batch) {
                batch = true;
            } else if ("--summary".equals(arg) && !summary) {
                summary = true;
            } else if (file == null && (STDIN.equals(arg) || !arg.startsWith("-"))) {
                file = arg;
            } else {
                return usage(err);
            }
        }
        if (file == null || summary && !batch) {
            return usage(err);
        }
        try (InputStream in = open(file)) {
            return batch ? runner.batch(in, out, err, summary) : runner.single(file, in, out, err);
        } catch (NoSuchFileException e) {
            err.println(texts.format("price.unreadableFile", file, texts.format("price.noFile")));
        } catch (AccessDeniedException e) {
            err.println(texts.format("price.unreadableFile", file, texts.format("price.accessDenied")));
        } catch (IOException | InvalidPathException e) {
            err.println(texts.format("price.unreadableFile", file, String.valueOf(e.getMessage())));
        }
        return INVALID_INPUT;
    }

    private InputStream open(String file) throws IOException {
        if (STDIN.equals(file)) {
            return new NonClosingInputStream(stdin.get());
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IOException(texts.format("price.isDirectory"));
        }
        return Files.newInputStream(path);
    }

    private int usage(PrintStream err) {
        err.println(texts.format("price.usage"));
        return INVALID_INPUT;
    }

    /** Standard input stays open after the command. */
    private static final class NonClosingInputStream extends FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
