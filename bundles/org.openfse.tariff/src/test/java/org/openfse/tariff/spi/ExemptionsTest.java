package org.openfse.tariff.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.PricingException;

class ExemptionsTest {

    private static final Path IR_EXO_V = Path.of("../../../shared/reference-data/snds/IR_EXO_V.csv");

    // Every code of IR_EXO_V (SNDS nomenclature) is listed, except 99 (valeur inconnue).
    @Test
    void listsEveryIrExoVCodeButTheUnknownValue() throws IOException {
        Path source = Path.of(System.getProperty("user.dir")).resolve(IR_EXO_V).normalize();
        Set<String> expected = new TreeSet<>(List.of("0", "10", "20", "21", "30", "41", "42", "43", "44", "45", "46", "47",
                "51", "54", "55", "56", "57", "62", "63", "81", "82", "91", "92"));
        if (Files.isReadable(source)) {
            Set<String> fromFile = new TreeSet<>();
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8).subList(1, 25)) {
                fromFile.add(line.substring(0, line.indexOf(';')));
            }
            fromFile.remove("99");
            assertEquals(expected, fromFile, "the shared IR_EXO_V changed");
        }
        assertEquals(expected, new TreeSet<>(Exemptions.shipped().all().keySet()));
    }

    @Test
    void tellsExemptingSituationsFromTheOthers() {
        assertTrue(Exemptions.shipped().find("42").orElseThrow().exempting(), "ALD, affection en rapport");
        assertFalse(Exemptions.shipped().find("41").orElseThrow().exempting(), "ALD, affection sans rapport");
        assertFalse(Exemptions.shipped().find("0").orElseThrow().exempting(), "sans objet");
        assertTrue(Exemptions.exempts(coverage("55")));
        assertFalse(Exemptions.exempts(Coverage.maladie()));
    }

    @Test
    void refusesAnUnknownCodeNamingTheField() {
        PricingException refused = assertThrows(PricingException.class, () -> Exemptions.shipped().check(coverage("99")));

        assertEquals(PricingException.Reason.INVALID_VALUE, refused.reason());
        assertEquals("coverage.exemption", refused.field());
        assertTrue(refused.getMessage().contains("« 99 »"), refused.getMessage());
    }

    @Test
    void refusesAMalformedTable() {
        assertThrows(IllegalStateException.class, () -> Exemptions.read(new StringReader("code;exempting;label;source\n1;X;a;b\n"), "t"));
        assertThrows(IllegalStateException.class, () -> Exemptions.read(new StringReader("code;exempting;label;source\n1;Y;a;b\n1;N;c;d\n"), "t"));
        assertThrows(IllegalStateException.class, () -> Exemptions.read(new StringReader("wrong header\n"), "t"));
    }

    private static Coverage coverage(String code) {
        return new Coverage(InsuranceNature.MALADIE, false, false, false, Optional.of(code), Set.of());
    }
}
