package org.openfse.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.command.CliCommand;

class CommandDispatcherTest {

    private static CliCommand command(String name, int code) {
        return new CliCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return "résumé de " + name;
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                out.print(name + args);
                return code;
            }
        };
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int dispatch(CommandDispatcher dispatcher, String... args) {
        return dispatcher.dispatch(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void runsTheNamedCommandWithTheRestOfTheArguments() {
        CommandDispatcher dispatcher = new CommandDispatcher();
        dispatcher.addCommand(command("doctor", CliCommand.FAILED));
        assertEquals(CliCommand.FAILED, dispatch(dispatcher, "doctor", "--x"));
        assertEquals("doctor[--x]", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandIsInvalidInputWithAFrenchMessage() {
        assertEquals(CliCommand.INVALID_INPUT, dispatch(new CommandDispatcher(), "nope"));
        assertEquals("Commande inconnue : « nope ». Tapez « ./openfse cli help » pour la liste des commandes.\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommandSortedAndIsTheDefault() {
        CommandDispatcher dispatcher = new CommandDispatcher();
        dispatcher.addCommand(command("version", CliCommand.OK));
        dispatcher.addCommand(command("doctor", CliCommand.OK));
        assertEquals(CliCommand.OK, dispatch(dispatcher));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Usage : ./openfse cli <commande> [arguments]\n\n"), text);
        assertTrue(text.indexOf("  doctor ") < text.indexOf("  help ") && text.indexOf("  help ") < text.indexOf("  version "), text);
    }

    @Test
    void aRemovedCommandIsNoLongerFound() {
        CommandDispatcher dispatcher = new CommandDispatcher();
        CliCommand doctor = command("doctor", CliCommand.OK);
        dispatcher.addCommand(doctor);
        dispatcher.removeCommand(doctor);
        assertEquals(CliCommand.INVALID_INPUT, dispatch(dispatcher, "doctor"));
    }
}
