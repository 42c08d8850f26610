package org.openfse.core.command;

import java.io.PrintStream;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command of {@code openfse cli}. Bundles register commands as services; the command line
 * application finds them by {@link #name()}. A command's output is a public contract once an
 * issue spells it out: keep it stable and document it in docs/cli.md.
 */
@ConsumerType
public interface CliCommand {

    /** Exit code: success. */
    int OK = 0;
    /** Exit code: the command ran and found something wrong (doctor). */
    int FAILED = 1;
    /** Exit code: the input was invalid or unreadable. */
    int INVALID_INPUT = 2;

    /** Service property carrying {@link #name()}. */
    String NAME_PROPERTY = "openfse.command";

    /** The word typed after {@code cli} ({@code version}, {@code doctor}...). */
    String name();

    /** One line of French help for {@code cli help}. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the words after the command name
     * @param out standard output (results; JSON for machine-readable commands)
     * @param err standard error (messages for the user)
     * @return the exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
