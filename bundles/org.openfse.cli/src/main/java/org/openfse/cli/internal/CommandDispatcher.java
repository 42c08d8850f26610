package org.openfse.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.openfse.core.command.CliCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Finds the command named by the first argument among the registered {@link CliCommand}s.
 * {@code help} is answered here, since it lists the others (as a service of its own it would need
 * this dispatcher, a reference cycle).
 */
@Component(service = CommandDispatcher.class)
public final class CommandDispatcher {

    static final String HELP = "help";

    private final Map<String, CliCommand> commands = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addCommand(CliCommand command) {
        commands.put(command.name(), command);
    }

    void removeCommand(CliCommand command) {
        commands.remove(command.name(), command);
    }

    /**
     * Runs the command named by {@code args[0]}; with no argument, {@code help}.
     *
     * @return the command's exit code, or {@link CliCommand#INVALID_INPUT} for an unknown command
     */
    public int dispatch(List<String> args, PrintStream out, PrintStream err) {
        String name = args.isEmpty() ? HELP : args.get(0);
        if (HELP.equals(name) || "--help".equals(name) || "-h".equals(name)) {
            printHelp(out);
            return CliCommand.OK;
        }
        CliCommand command = commands.get(name);
        if (command == null) {
            err.println(CliMessages.get("cli.unknownCommand", name));
            return CliCommand.INVALID_INPUT;
        }
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            return command.run(rest, out, err);
        } catch (RuntimeException e) {
            err.println(CliMessages.get("cli.commandFailed", name, String.valueOf(e.getMessage())));
            e.printStackTrace(err);
            return CliCommand.FAILED;
        }
    }

    /** The usage line, then one line per command, sorted, {@code help} included. */
    void printHelp(PrintStream out) {
        SortedMap<String, String> summaries = new TreeMap<>();
        commands.values().forEach(command -> summaries.put(command.name(), command.summary()));
        summaries.put(HELP, CliMessages.get("help.summary"));
        out.println(CliMessages.get("help.usage"));
        out.println();
        summaries.forEach((name, summary) -> out.printf("  %-12s %s%n", name, summary));
    }
}
