package org.openfse.ui.followup.internal;

import org.openfse.core.transport.ExchangeReport;

/** The French outcome of "Envoyer et recevoir": lots sent, files received, and every failure with its reason. */
final class ExchangeTexts {

    private ExchangeTexts() {
    }

    static String of(ExchangeReport report) {
        if (report.lots().isEmpty() && report.received().isEmpty()) {
            return Texts.get("transmissions.exchange.nothing");
        }
        long sent = report.lots().stream().filter(ExchangeReport.LotOutcome::sent).count();
        StringBuilder text = new StringBuilder(Texts.get("transmissions.exchange.done", sent, report.received().size()));
        for (ExchangeReport.LotOutcome lot : report.lots()) {
            if (!lot.sent()) {
                text.append('\n').append(Texts.get("transmissions.exchange.lotFailed", String.format("%03d", lot.number()),
                        lot.destination(), lot.message()));
            }
        }
        for (ExchangeReport.ReceivedOutcome received : report.received()) {
            if (received.kind() == ExchangeReport.ReceivedKind.UNREADABLE) {
                text.append('\n').append(Texts.get("transmissions.exchange.unreadable", received.fileName(), received.message()));
            }
        }
        return text.toString();
    }
}
