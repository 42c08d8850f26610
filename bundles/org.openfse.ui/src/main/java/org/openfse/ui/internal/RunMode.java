package org.openfse.ui.internal;

import java.util.Locale;

/**
 * Demo or production, from the framework property {@code openfse.mode} that the launcher sets
 * from the data folder's settings (first start: demo).
 */
public enum RunMode {
    DEMO, PRODUCTION;

    /** Property name. */
    public static final String PROPERTY = "openfse.mode";

    public static RunMode current() {
        return parse(System.getProperty(PROPERTY));
    }

    static RunMode parse(String value) {
        if (value == null || value.isBlank()) {
            return DEMO;
        }
        return "production".equals(value.trim().toLowerCase(Locale.ROOT)) ? PRODUCTION : DEMO;
    }

    /** The French label. */
    public String label() {
        return Messages.get(this == DEMO ? "status.mode.demo" : "status.mode.production");
    }
}
