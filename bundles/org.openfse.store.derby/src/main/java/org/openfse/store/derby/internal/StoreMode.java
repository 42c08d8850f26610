package org.openfse.store.derby.internal;

import java.util.Locale;
import java.util.Optional;

/** Where the database runs, relative to this workstation. */
enum StoreMode {
    /** In this process, used by this workstation only. */
    EMBEDDED,
    /** In this process, and shared with other workstations through Derby's network server. */
    SERVER,
    /** On another workstation, reached through Derby's network client. */
    CLIENT;

    /** The configuration value ({@code embedded}, {@code server}, {@code client}). */
    String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<StoreMode> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(EMBEDDED);
        }
        for (StoreMode mode : values()) {
            if (mode.configValue().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
