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

/**
 * {@code send}: sends the lots whose file is ready ("Envoyer"); with {@code --receive}, receives
 * afterwards ("Envoyer et recevoir"). Exit 0 when everything went out, 1 otherwise.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=send")
public final class SendCommand implements CliCommand {

    private final ExchangeService exchange;

    @Activate
    public SendCommand(@Reference ExchangeService exchange) {
        this.exchange = exchange;
    }

    @Override
    public String name() {
        return "send";
    }

    @Override
    public String summary() {
        return "Envoie les lots prêts (fichiers créés, lots à réexpédier) ; --receive : puis reçoit les retours";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean receive = false;
        for (String arg : args) {
            if (arg.equals("--receive")) {
                receive = true;
            } else {
                err.println("Option inconnue : " + arg + " (usage : send [--receive])");
                return INVALID_INPUT;
            }
        }
        ExchangeReport report = receive ? exchange.sendAndReceive(ExchangeProgress.NONE) : exchange.send(ExchangeProgress.NONE);
        ReportText.printLots(report, out);
        if (receive) {
            ReportText.printReceived(report, out);
        }
        ReportText.printProblems(report, err);
        return report.ok() ? OK : FAILED;
    }
}
