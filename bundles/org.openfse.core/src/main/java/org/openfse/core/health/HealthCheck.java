package org.openfse.core.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One check of the installation (JDK, data folder, database, card readers...). Every bundle may
 * register checks; {@code openfse cli doctor} runs them all, ordered by {@link #order()}.
 */
@ConsumerType
public interface HealthCheck {

    /** Sort key of the line in the report (lower first). */
    int order();

    /** Runs the check. Must not throw: a failure is a result with {@code ok = false}. */
    HealthResult run();
}
