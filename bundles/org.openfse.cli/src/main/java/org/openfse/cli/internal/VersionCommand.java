package org.openfse.cli.internal;

import java.io.PrintStream;
import java.util.List;
import org.openfse.core.command.CliCommand;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;

/** {@code version}: prints {@code OpenFSE <version>} (the version of this bundle). */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=version")
public final class VersionCommand implements CliCommand {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return CliMessages.get("version.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Version version = FrameworkUtil.getBundle(VersionCommand.class).getVersion();
        out.println("OpenFSE " + version);
        return OK;
    }
}
