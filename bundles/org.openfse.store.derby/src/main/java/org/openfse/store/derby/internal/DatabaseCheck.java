package org.openfse.store.derby.internal;

import org.openfse.core.health.HealthResult;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreInfo;

/** Checks that the store answers, and tells its engine, schema version and location. */
final class DatabaseCheck {

    private DatabaseCheck() {
    }

    /** @param store the store, or {@code null} when none is running */
    static HealthResult run(Store store) {
        String subject = Messages.get("health.database.subject");
        if (store == null) {
            return new HealthResult(subject, false, Messages.get("health.database.absent"));
        }
        try {
            if (!store.ping()) {
                return new HealthResult(subject, false, Messages.get("health.database.noAnswer"));
            }
            StoreInfo info = store.info();
            return new HealthResult(subject, true,
                    Messages.get("health.database.ok", info.engine(), String.valueOf(info.schemaVersion()), info.location()));
        } catch (RuntimeException e) {
            return new HealthResult(subject, false, Messages.get("health.database.error", e.getMessage()));
        }
    }
}
