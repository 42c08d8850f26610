package org.openfse.ui.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.lot.LotState;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.ExchangeReport.LotOutcome;
import org.openfse.core.transport.ExchangeReport.ReceivedKind;
import org.openfse.core.transport.ExchangeReport.ReceivedOutcome;

/** What "Envoyer et recevoir" tells the user. */
class ExchangeTextsTest {

    @Test
    void nothingToDo() {
        assertEquals("Rien à envoyer ni à recevoir.", ExchangeTexts.of(new ExchangeReport(List.of(), List.of())));
    }

    @Test
    void sentReceivedAndEveryFailureWithItsReason() {
        ExchangeReport report = new ExchangeReport(List.of(
                new LotOutcome(1, 25, "01 349", "mail", true, LotState.SENT, ""),
                new LotOutcome(2, 26, "01 349", "mail", true, LotState.RESENT, ""),
                new LotOutcome(3, 27, "01 999", "mail", false, LotState.ERROR, "serveur SMTP injoignable")),
                List.of(new ReceivedOutcome("ARL025", "mail", ReceivedKind.ARL_POSITIVE, 1, ""),
                        new ReceivedOutcome("RSP1", "mail", ReceivedKind.UNREADABLE, 0, "aucun enregistrement lisible")));
        assertEquals("2 lot(s) envoyé(s), 2 fichier(s) reçu(s).\n"
                + "Lot 027 (01 999) non envoyé : serveur SMTP injoignable\n"
                + "Fichier reçu illisible RSP1 : aucun enregistrement lisible", ExchangeTexts.of(report));
    }
}
