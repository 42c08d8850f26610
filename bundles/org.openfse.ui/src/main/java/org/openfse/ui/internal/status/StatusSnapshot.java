package org.openfse.ui.internal.status;

import java.util.List;
import java.util.Optional;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.CpsSession;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreInfo;
import org.openfse.ui.internal.Messages;

/** The texts of the status bar, computed off the UI thread. */
record StatusSnapshot(String practitioner, String reader, String database) {

    static StatusSnapshot take(Optional<CardReaderService> driver, Store store, CpsSession session) {
        String practitioner = Messages.get("status.practitioner.none");
        String reader = Messages.get("status.reader.none");
        if (driver.isPresent()) {
            try {
                List<CardReader> readers = driver.get().readers();
                if (!readers.isEmpty()) {
                    reader = Messages.get("status.reader.list", String.join(", ", readers.stream()
                            .map(r -> Messages.get("status.reader.card", r.name(), Messages.get("card." + r.card().name())))
                            .toList()));
                }
                Optional<CardReader> cps = readers.stream().filter(r -> r.card() == CardType.CPS).findFirst();
                if (cps.isPresent()) {
                    try {
                        CpsCard card = driver.get().readCps(cps.get().name());
                        boolean verified = session != null && session.current()
                                .filter(s -> s.reader().equals(cps.get().name()) && s.driverId().equals(driver.get().driverId())).isPresent();
                        practitioner = Messages.get(verified ? "status.practitioner.authenticated" : "status.practitioner.card",
                                card.firstName(), card.lastName(), card.psNumber());
                    } catch (CardException e) {
                        practitioner = Messages.get("status.practitioner.error", Messages.get("card.error." + e.reason().name()));
                    }
                }
            } catch (CardException e) {
                reader = Messages.get("status.reader.error", Messages.get("card.error." + e.reason().name()));
            }
        }
        String database = Messages.get("status.database.none");
        if (store != null) {
            if (store.ping()) {
                StoreInfo info = store.info();
                database = Messages.get("status.database.ok", info.engine(), info.schemaVersion());
            } else {
                database = Messages.get("status.database.error");
            }
        }
        return new StatusSnapshot(practitioner, reader, database);
    }
}
