package org.openfse.store.derby.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openfse.core.command.CliCommand;

/** Runs a command and keeps what it printed. */
final class Console {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;

    static Console run(CliCommand command, String... args) {
        Console console = new Console();
        try (PrintStream o = new PrintStream(console.out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(console.err, true, StandardCharsets.UTF_8)) {
            console.code = command.run(List.of(args), o, e);
        }
        return console;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
