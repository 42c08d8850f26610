package org.openfse.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NirTest {

    // Public examples of the NIR article (fr.wikipedia.org, "Numéro de sécurité sociale en France").
    @Test
    void acceptsPublishedExamples() {
        assertEquals("184127645108946", Nir.parse("1 84 12 76 451 089 46").toString());
        assertEquals(38, Nir.parse("2 55 08 14 168 025 38").key());
    }

    @Test
    void refusesAWrongKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nir.parse("184127645108947"));
        assertEquals("KEY", e.getMessage());
    }

    // Corsica: 2A is replaced by 19 for the key. 2 90 01 2A 004 123 -> 2900119004123 mod 97.
    @Test
    void computesCorsicanKeysWithNineteenAndEighteen() {
        assertEquals(97 - (int) (2900119004123L % 97), Nir.keyOf("290012A004123"));
        assertEquals(97 - (int) (2900118004123L % 97), Nir.keyOf("290012B004123"));
    }

    @Test
    void refusesMalformedText() {
        assertEquals("FORMAT", assertThrows(IllegalArgumentException.class, () -> Nir.parse("12345")).getMessage());
        assertEquals("FORMAT", assertThrows(IllegalArgumentException.class, () -> Nir.parse("984127645108946")).getMessage());
    }
}
