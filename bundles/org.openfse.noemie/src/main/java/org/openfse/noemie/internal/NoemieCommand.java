package org.openfse.noemie.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openfse.core.command.CliCommand;
import org.openfse.core.returns.ParsedReturn;
import org.openfse.core.returns.ReturnProcessor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code openfse cli noemie FILE}: reads a NOEMIE-PS return and prints its payments, rejects,
 * errors and totals as one line of JSON ({@link NoemieJson}, docs/cli.md). Nothing is stored.
 * Exit 0 when the file was read (isolated record errors are listed), 2 when nothing could be read
 * or the file cannot be opened.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=noemie")
public final class NoemieCommand implements CliCommand {

    private static final Logger LOG = Logger.getLogger(NoemieCommand.class.getName());

    private final ReturnProcessor processor;

    @Activate
    public NoemieCommand(@Reference ReturnProcessor processor) {
        this.processor = processor;
    }

    @Override
    public String name() {
        return "noemie";
    }

    @Override
    public String summary() {
        return Texts.get("cli.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println(Texts.get("cli.usage"));
            return INVALID_INPUT;
        }
        Path file = Path.of(args.get(0));
        ParsedReturn parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = processor.parse(in);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read NOEMIE file " + file + ": " + e);
            err.println(Texts.get("cli.missing", file));
            return INVALID_INPUT;
        }
        out.println(NoemieJson.of(parsed));
        if (parsed.unreadable()) {
            String reason = parsed.summary().errors().isEmpty() ? "" : parsed.summary().errors().get(0).reason();
            LOG.warning("NOEMIE file " + file + " unreadable: " + reason);
            err.println(Texts.get("cli.unreadable", file, reason));
            return INVALID_INPUT;
        }
        if (!parsed.summary().errors().isEmpty()) {
            err.println(Texts.get("cli.partial", parsed.summary().errors().size()));
        }
        return OK;
    }
}
