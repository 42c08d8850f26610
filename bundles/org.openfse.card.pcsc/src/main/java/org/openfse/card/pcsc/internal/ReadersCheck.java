package org.openfse.card.pcsc.internal;

import java.util.List;
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
    /** The readers as the driver lists them. */
    interface Readers {
        List<CardReader> list() throws CardException;
    }

    static HealthResult run(PcscContext context, Readers driver, boolean demoMode) {
        HealthResult result = run(context, driver);
        if (demoMode && !result.ok()) {
            return new HealthResult(result.subject(), true, Messages.get("health.readers.demo", result.detail()));
        }
        return result;
    }

    static HealthResult run(PcscContext context, Readers driver) {
        String subject = Messages.get("health.readers.subject");
        List<CardReader> readers;
        try {
            readers = driver.list();
        } catch (CardException | RuntimeException e) {
            return new HealthResult(subject, false, Messages.get("health.readers.error", e.getMessage()));
        }
        switch (context.state()) {
            case RESTART_NEEDED:
                return new HealthResult(subject, false, Messages.get("health.readers.restart", SmartcardioReset.JVM_OPTION));
            case NO_SERVICE:
                return new HealthResult(subject, false, Messages.get("health.readers.noService"));
            default:
                break;
        }
        if (readers.isEmpty()) {
            return new HealthResult(subject, false, Messages.get("health.readers.none"));
        }
        String list = readers.stream()
                .map(ReadersCheck::describe)
                .collect(Collectors.joining(Messages.get("health.readers.separator")));
        return new HealthResult(subject, true, Messages.get("health.readers.list", readers.size(), list));
    }

    private static String describe(CardReader reader) {
        return Messages.get("health.readers.reader", reader.name(), Messages.get("card." + reader.card().name()));
    }
}
