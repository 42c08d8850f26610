package org.openfse.cli.internal;

import org.openfse.core.health.HealthResult;

/** Checks that the running Java is recent enough for OpenFSE (Java 21: Derby 10.17, Eclipse 4.40). */
final class JavaCheck {

    static final int REQUIRED_FEATURE = 21;

    private JavaCheck() {
    }

    static HealthResult check(Runtime.Version version, String vendor, String home) {
        String subject = CliMessages.get("doctor.java");
        if (version.feature() < REQUIRED_FEATURE) {
            return new HealthResult(subject, false, CliMessages.get("doctor.java.tooOld", version, REQUIRED_FEATURE));
        }
        return new HealthResult(subject, true, CliMessages.get("doctor.java.ok", version, vendor, home));
    }

    static HealthResult current() {
        return check(Runtime.version(), System.getProperty("java.vendor", "?"), System.getProperty("java.home", "?"));
    }
}
