package org.openfse.noemie.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EntityCatalogueTest {

    @Test
    void lengthsAreThoseOfTheCatalogueTable() {
        // NOEMIE-PS.md section 2, "Entity catalogue at a glance" (000 and 999 are records, not stream entities)
        Map<String, Integer> documented = Map.ofEntries(Map.entry("020", 21), Map.entry("040", 21),
                Map.entry("070", 12), Map.entry("071", 86), Map.entry("080", 15), Map.entry("081", 22),
                Map.entry("100", 15), Map.entry("102", 40), Map.entry("103", 152), Map.entry("110", 88),
                Map.entry("120", 57), Map.entry("150", 8), Map.entry("160", 23), Map.entry("198", 24),
                Map.entry("199", 49), Map.entry("210", 118), Map.entry("250", 47), Map.entry("261", 19),
                Map.entry("262", 134), Map.entry("290", 98), Map.entry("294", 153), Map.entry("295", 135),
                Map.entry("990", 43));
        EntityCatalogue catalogue = EntityCatalogue.noemiePs();

        assertEquals(documented.keySet(), catalogue.types());
        documented.forEach((type, length) -> assertEquals(OptionalInt.of(length), catalogue.length(type), type));
        assertEquals(153, catalogue.longest());
        assertTrue(catalogue.longest() < EntitySplitter.MAX_ENTITY);
    }

    @Test
    void unknownTypeHasNoLength() {
        assertEquals(OptionalInt.empty(), EntityCatalogue.noemiePs().length("555"));
        assertEquals(OptionalInt.empty(), EntityCatalogue.noemiePs().length("000"));
    }

    @Test
    void typeCodesMustBeThreeDigits() {
        assertThrows(IllegalArgumentException.class, () -> new EntityCatalogue(Map.of("10A", 10)));
        assertThrows(IllegalArgumentException.class, () -> new EntityCatalogue(Map.of("100", 2)));
    }
}
