package org.openfse.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;

class DoctorCommandTest {

    private static HealthCheck check(int order, HealthResult result) {
        return new HealthCheck() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public HealthResult run() {
                return result;
            }
        };
    }

    @Test
    void javaSeventeenIsRefusedAndTwentyOneAccepted() {
        assertFalse(JavaCheck.check(Runtime.Version.parse("17.0.15"), "Debian", "/usr/lib/jvm/17").ok());
        assertTrue(JavaCheck.check(Runtime.Version.parse("21"), "Eclipse Adoptium", "/opt/jdk21").ok());
        assertTrue(JavaCheck.check(Runtime.Version.parse("25.0.3"), "Eclipse Adoptium", "/opt/jdk25").detail().contains("25.0.3"));
    }

    @Test
    void checksAreOrderedAndMissingServicesAreErrors() {
        HealthResult java = new HealthResult("Java", true, "25");
        List<HealthResult> results = DoctorCommand.results(java,
                List.of(check(20, new HealthResult("B", true, "b")), check(10, new HealthResult("A", true, "a"))), false, true);
        assertEquals(List.of("Java", "A", "B", "Base de données"), results.stream().map(HealthResult::subject).toList());
        assertFalse(results.get(3).ok());
    }

    @Test
    void aCrashingCheckBecomesAnErrorLine() {
        HealthCheck crashing = new HealthCheck() {
            @Override
            public int order() {
                return 1;
            }

            @Override
            public HealthResult run() {
                throw new IllegalStateException("boom");
            }
        };
        List<HealthResult> results = DoctorCommand.results(new HealthResult("Java", true, "25"), List.of(crashing), true, true);
        assertFalse(results.get(1).ok());
        assertTrue(results.get(1).detail().contains("boom"));
    }

    @Test
    void linesStartWithTheirStatus() {
        assertEquals("OK      Java : 25", DoctorCommand.line(new HealthResult("Java", true, "25")));
        assertEquals("ERREUR  Base : absente", DoctorCommand.line(new HealthResult("Base", false, "absente")));
    }
}
