package org.openfse.transmission.internal.exchange;

import java.io.PrintStream;
import java.util.List;
import org.openfse.core.command.CliCommand;
import org.openfse.core.transport.ExchangeProgress;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.ExchangeService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code receive}: "Recevoir uniquement" — ARL and NOEMIE returns. Exit 0 when all was handled, 1 otherwise. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=receive")
public final class ReceiveCommand implements CliCommand {

    private final ExchangeService exchange;

    @Activate
    public ReceiveCommand(@Reference ExchangeService exchange) {
        this.exchange = exchange;
    }

    @Override
    public String name() {
        return "receive";
    }

    @Override
    public String summary() {
        return "Reçoit les retours (ARL, retours NOEMIE) de tous les transports configurés";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("Option inconnue : " + args.get(0) + " (usage : receive)");
            return INVALID_INPUT;
        }
        ExchangeReport report = exchange.receive(ExchangeProgress.NONE);
        ReportText.printReceived(report, out);
        ReportText.printProblems(report, err);
        return report.ok() ? OK : FAILED;
    }
}
