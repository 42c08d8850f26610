package org.openfse.refdata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.openfse.refdata.ReferenceData;
import org.openfse.refdata.ReferenceRow;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The DS components of org.openfse.refdata in a running framework, reading the data from the bundle. */
@ExtendWith(ServiceExtension.class)
class ReferenceDataOsgiTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 28);

    @InjectService(timeout = 10_000)
    ReferenceData data;

    @InjectService(timeout = 10_000)
    List<HealthCheck> checks;

    @Test
    void theServiceReadsThePackagedTables() {
        // IR_NAT_V.csv line 655: 3111;99;AMI;ACTES EN AMI
        ReferenceRow ami = data.lookup("IR_NAT_V", "3111", DAY).orElseThrow();
        assertEquals("AMI", ami.get("PRS_NAT_CB2"));
        assertEquals(655, ami.line());
        // IR_ORG_V.csv line 90 (01C751809) and IR_CAI_V.csv line 2017 (01C751;751;CPAM Paris)
        assertEquals("CPAM Paris", data.organisme("01C751809", DAY).orElseThrow().caisseLabel());
        assertEquals(28, data.versions().size());
    }

    @Test
    void theHealthCheckFindsTheFilesIntact() {
        HealthResult result = checks.stream().map(HealthCheck::run)
                .filter(r -> r.subject().equals("Données de référence")).findFirst().orElseThrow();
        assertTrue(result.ok(), result.detail());
        assertTrue(result.detail().contains("snds-fe17ef8"), result.detail());
    }

    @Test
    void anUnknownCodeIsEmptyNotAnError() {
        assertEquals(Optional.empty(), data.lookup("NT_LPP", "7230795", DAY), "README: absent from the 2020 snapshot");
    }
}
