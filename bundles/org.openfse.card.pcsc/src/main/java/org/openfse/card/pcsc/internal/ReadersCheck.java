package org.openfse.card.pcsc.internal;

import java.util.stream.Collectors;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardReader;
import org.openfse.core.health.HealthResult;

/** "Lecteurs de cartes": the readers PC/SC sees, or why it sees none. */
final class ReadersCheck {

    private ReadersCheck() {
    }

    /**
     * @param demoMode in demo mode the demo cards are used, so PC/SC being absent or empty is
     *        reported but is not an error
     */
    static HealthResult run(PcscTerminals terminals, boolean demoMode) {
        HealthResult result = run(terminals);
        if (demoMode && !result.ok()) {
            return new HealthResult(result.subject(), true, Messages.get("health.readers.demo", result.detail()));
        }
        return result;
    }

    static HealthResult run(PcscTerminals terminals) {
        String subject = Messages.get("health.readers.subject");
        PcscTerminals.Scan scan;
        try {
            scan = terminals.scan();
        } catch (CardException | RuntimeException e) {
            return new HealthResult(subject, false, Messages.get("health.readers.error", e.getMessage()));
        }
        if (!scan.serviceAvailable()) {
            return new HealthResult(subject, false, Messages.get("health.readers.noService"));
        }
        if (scan.readers().isEmpty()) {
            return new HealthResult(subject, false, Messages.get("health.readers.none"));
        }
        String list = scan.readers().stream()
                .map(ReadersCheck::describe)
                .collect(Collectors.joining(Messages.get("health.readers.separator")));
        return new HealthResult(subject, true, Messages.get("health.readers.list", scan.readers().size(), list));
    }

    private static String describe(CardReader reader) {
        return Messages.get("health.readers.reader", reader.name(), Messages.get("card." + reader.card().name()));
    }
}
