package org.openfse.tariff.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.PricingException;

class TariffTableTest {

    // IFD of nurses: 2.50 EUR until 27/01/2024, 2.75 EUR from 28/01/2024 (avenant 10 to the
    // nurses' convention, FNI notice "Revalorisation des indemnités forfaitaires de déplacement").
    private static final String TABLE = """
            # test table
            code;zone;validFrom;validTo;amount;kind;source
            IFD;*;2012-05-27;2024-01-27;2.50;TRAVEL;avenant 3
            IFD;*;2024-01-28;;2.75;TRAVEL;avenant 10
            AMI;metro;2012-05-27;;3.15;ACT;NGAP
            AMI;dom;2012-05-27;;3.30;ACT;NGAP
            """;

    @Test
    void looksTheAmountUpForTheDayOfCare() throws Exception {
        TariffTable table = read(TABLE);

        assertEquals(Money.parse("2.50"), table.lookup("IFD", "metro", LocalDate.of(2024, 1, 27), "lines[0].code").amount());
        assertEquals(Money.parse("2.75"), table.lookup("IFD", "metro", LocalDate.of(2024, 1, 28), "lines[0].code").amount());
        assertEquals("avenant 10", table.lookup("IFD", "dom", LocalDate.of(2025, 6, 1), "lines[0].code").source());
    }

    @Test
    void theZoneSelectsTheAmount() throws Exception {
        TariffTable table = read(TABLE);

        assertEquals(Money.parse("3.15"), table.lookup("AMI", "metro", LocalDate.of(2024, 3, 1), "f").amount());
        assertEquals(Money.parse("3.30"), table.lookup("AMI", "dom", LocalDate.of(2024, 3, 1), "f").amount());
    }

    @Test
    void aDayBeforeThePriceExistedIsRefusedNotPricedAtZero() throws Exception {
        PricingException refused = assertThrows(PricingException.class,
                () -> read(TABLE).lookup("IFD", "metro", LocalDate.of(2012, 5, 26), "lines[3].code"));

        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, refused.reason());
        assertEquals("lines[3].code", refused.field());
        assertTrue(refused.getMessage().contains("26/05/2012"), refused.getMessage());
    }

    @Test
    void anUnknownCodeIsRefused() throws Exception {
        PricingException refused = assertThrows(PricingException.class,
                () -> read(TABLE).lookup("XYZ", "metro", LocalDate.of(2024, 3, 1), "lines[0].code"));

        assertEquals(PricingException.Reason.UNKNOWN_CODE, refused.reason());
        assertTrue(refused.getMessage().contains("XYZ"), refused.getMessage());
    }

    @Test
    void aZoneWithoutAmountIsRefused() throws Exception {
        PricingException refused = assertThrows(PricingException.class,
                () -> read(TABLE).lookup("AMI", "mayotte", LocalDate.of(2024, 3, 1), "lines[0].code"));

        assertEquals(PricingException.Reason.NO_PRICE_AT_DATE, refused.reason());
    }

    @Test
    void refusesOverlappingPeriods() {
        String overlapping = """
                code;zone;validFrom;validTo;amount;kind;source
                G;metro;2017-05-01;2023-11-01;25.00;C;a
                G;*;2023-11-01;;26.50;C;b
                """;

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> read(overlapping));
        assertTrue(refused.getMessage().contains(":3:"), refused.getMessage());
    }

    @Test
    void refusesAMissingHeaderOrSource() {
        assertThrows(IllegalArgumentException.class, () -> read("G;metro;2017-05-01;;25.00;C;a\n"));
        assertThrows(IllegalArgumentException.class, () -> read(TariffTable.HEADER + "\nG;metro;2017-05-01;;25.00;C;\n"));
        assertThrows(IllegalArgumentException.class, () -> read(TariffTable.HEADER + "\nG;metro;2017-05-01;;25.005;C;x\n"));
    }

    @Test
    void knowsItsCodes() throws Exception {
        TariffTable table = read(TABLE);

        assertTrue(table.knows("AMI"));
        assertFalse(table.knows("AIS"));
        assertEquals(2, table.codes().size());
    }

    @Test
    void aMissingResourceIsAPackagingError() {
        assertThrows(IllegalStateException.class, () -> TariffTable.load(TariffTableTest.class, "no/such/table.csv"));
    }

    private static TariffTable read(String text) throws IOException {
        return TariffTable.read(new StringReader(text), "test.csv");
    }
}
