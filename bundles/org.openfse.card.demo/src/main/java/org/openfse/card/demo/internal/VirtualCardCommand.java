package org.openfse.card.demo.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openfse.card.demo.virtual.VirtualCardProgram;
import org.openfse.core.command.CliCommand;
import org.osgi.service.component.annotations.Component;

/** {@code virtual-card}: runs the virtual card program (docs/card-profile.md) from the command line. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=" + VirtualCardCommand.NAME)
public final class VirtualCardCommand implements CliCommand {

    static final String NAME = "virtual-card";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return Messages.get("virtual.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new VirtualCardProgram(stdin, out, err).run(args);
    }
}
