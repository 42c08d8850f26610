package org.openfse.transmission.internal.exchange;

import java.io.PrintStream;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.ExchangeReport.LotOutcome;
import org.openfse.core.transport.ExchangeReport.ReceivedKind;
import org.openfse.core.transport.ExchangeReport.ReceivedOutcome;

/**
 * The text the {@code send} and {@code receive} commands print (docs/cli.md):
 * <pre>
 * lot 025 01 349 mail : Lot expédié
 * lot 026 01 349 - : ÉCHEC Aucun transport n'est choisi ...
 * L025.B2.ARL : ARL_POSITIVE ARL positif reçu pour le lot 025
 * 1 lot(s) envoyé(s), 1 échec(s).
 * </pre>
 */
final class ReportText {

    private ReportText() {
    }

    static void printLots(ExchangeReport report, PrintStream out) {
        int sent = 0;
        for (LotOutcome lot : report.lots()) {
            out.println("lot %03d %s %s : %s".formatted(lot.number(), lot.destination(),
                    lot.transportId().isEmpty() ? "-" : lot.transportId(), lot.sent() ? lot.message() : "ÉCHEC " + lot.message()));
            sent += lot.sent() ? 1 : 0;
        }
        out.println(Messages.get("summary.send", sent, report.lots().size() - sent));
    }

    static void printReceived(ExchangeReport report, PrintStream out) {
        int unreadable = 0;
        for (ReceivedOutcome file : report.received()) {
            out.println("%s : %s %s".formatted(file.fileName(), file.kind(), file.message()));
            unreadable += file.kind() == ReceivedKind.UNREADABLE ? 1 : 0;
        }
        out.println(Messages.get("summary.receive", report.received().size() - unreadable, unreadable));
    }

    static void printProblems(ExchangeReport report, PrintStream err) {
        report.problems().forEach(err::println);
    }
}
