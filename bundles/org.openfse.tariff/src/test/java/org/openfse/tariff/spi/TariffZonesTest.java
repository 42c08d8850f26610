package org.openfse.tariff.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TariffZonesTest {

    @Test
    void acceptsTheTwoZonesOfTheTables() {
        assertEquals("metro", TariffZones.check("metro"));
        assertEquals("dom", TariffZones.check("dom"));
    }

    @Test
    void refusesAnyOtherZone() {
        assertThrows(IllegalArgumentException.class, () -> TariffZones.check("Metro"));
        assertThrows(IllegalArgumentException.class, () -> TariffZones.check(TariffEntry.ANY_ZONE));
    }
}
