package org.openfse.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Searching the optical LPP codes; the rows are copied from NT_LPP (SNDS snapshot in shared/reference-data/snds). */
class LppCatalogTest {

    private static final LppCatalog CATALOG = new LppCatalog(List.of(
            new LppCatalog.Entry("7211674", "OPTIQUE, MONTURE ADULTE DE CLASSE B,OPAL"),
            new LppCatalog.Entry("2264861", "OPTIQUE, MONTURE ADULTE DE CLASSE B"),
            new LppCatalog.Entry("2222124", "OPTIQUE, MONTURE ADULTE DE CLASSE A"),
            new LppCatalog.Entry("2276870", "OPTIQUE, MONTURE ENFANT DE CLASSE B"),
            new LppCatalog.Entry("2200335", "OPTIQUE, VERRE UNIFOCAL CLASSE B, SPHERE] +4,00 A +6,00]"),
            new LppCatalog.Entry("2201814", "OPTIQUE, VERRE UNIFOCAL CLASSE A, SPHERE] -4,00 A -6,00]"),
            new LppCatalog.Entry("2209738", "OPTIQUE, PRESTATION ADAPTATION VERRES DE CLASSE B"),
            new LppCatalog.Entry("7211438", "OPTIQUE, MONTURE ADULTE DE CLASSE B,ASART")));

    @Test
    void digitsSearchTheStartOfTheCode() {
        assertEquals(List.of("7211438", "7211674"), codes(CATALOG.search("7211", 10)));
        assertEquals(List.of("7211674"), codes(CATALOG.search("7211674", 10)));
        assertEquals(List.of(), codes(CATALOG.search("7230795", 10)));
    }

    @Test
    void wordsSearchTheLabelWhateverCaseAndAccents() {
        assertEquals(List.of("2264861", "7211438", "7211674"), codes(CATALOG.search("monture adulte b", 10)));
        assertEquals(List.of("2222124"), codes(CATALOG.search("Monture adulte A", 10)));
        assertEquals(List.of("2200335"), codes(CATALOG.search("verre unifocal b", 10)));
        assertEquals(List.of("2209738"), codes(CATALOG.search("prestation adaptation", 10)));
        assertEquals(List.of("2276870"), codes(CATALOG.search("monture enfant", 10)));
        assertEquals(List.of("2209738"), codes(CATALOG.search("adaptation vérres", 10)));
        assertEquals(List.of("7211674"), codes(CATALOG.search("opal", 10)));
    }

    @Test
    void resultsAreLimitedAndInCodeOrder() {
        assertEquals(List.of("2200335", "2201814", "2209738"), codes(CATALOG.search("", 3)));
        assertEquals(8, CATALOG.size());
    }

    @Test
    void codesAreLookedUpExactly() {
        assertEquals(Optional.of(new LppCatalog.Entry("7211674", "OPTIQUE, MONTURE ADULTE DE CLASSE B,OPAL")), CATALOG.get(" 7211674 "));
        assertTrue(CATALOG.get("721167").isEmpty());
    }

    private static List<String> codes(List<LppCatalog.Entry> entries) {
        return entries.stream().map(LppCatalog.Entry::code).toList();
    }
}
