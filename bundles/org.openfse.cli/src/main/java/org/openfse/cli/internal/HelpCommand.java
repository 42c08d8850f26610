package org.openfse.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.openfse.core.command.CliCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code help}: lists every command with its one-line summary. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=" + HelpCommand.NAME)
public final class HelpCommand implements CliCommand {

    static final String NAME = "help";

    private final CommandDispatcher dispatcher;

    @Activate
    public HelpCommand(@Reference CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return CliMessages.get("help.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println(CliMessages.get("help.usage"));
        out.println();
        for (Map.Entry<String, CliCommand> entry : dispatcher.commands().entrySet()) {
            out.printf("  %-12s %s%n", entry.getKey(), entry.getValue().summary());
        }
        return OK;
    }
}
