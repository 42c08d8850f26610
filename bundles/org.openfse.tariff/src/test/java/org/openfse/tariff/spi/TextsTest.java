package org.openfse.tariff.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.PricingException;

class TextsTest {

    private final Texts texts = Texts.load(TextsTest.class, "org.openfse.tariff.internal.messages");

    @Test
    void formatsFrenchTextsWithTheirArguments() {
        assertEquals("Le code XYZ n'existe pas dans la table NGAP infirmiers.", texts.format("table.unknownCode", "XYZ", "NGAP infirmiers"));
    }

    @Test
    void aLineRefusalNamesTheFieldAndNumbersLinesFromOne() {
        PricingException refused = texts.lineRefusal(PricingException.Reason.UNKNOWN_CODE, 2, "code", "table.unknownCode",
                ActLine.of("XYZ"), "test");

        assertEquals("lines[2].code", refused.field());
        assertEquals(PricingException.Reason.UNKNOWN_CODE, refused.reason());
        assertEquals("Le code 3 n'existe pas dans la table XYZ.", refused.getMessage());
    }
}
