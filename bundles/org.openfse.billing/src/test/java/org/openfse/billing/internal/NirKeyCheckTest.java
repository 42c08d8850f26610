package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;

class NirKeyCheckTest {

    private final NirKeyCheck check = new NirKeyCheck();

    private List<CheckResult> run(String nir) {
        return check.check(StoredDrafts.of("optician", "19550615", LocalDate.of(2024, 5, 28), Optional.empty(), nir,
                Optional.empty(), List.of(), false, "M03"));
    }

    /** Keys from the sources: seed 002 (2550699999999 34), model validator brief (1 84 12 76 451 089 46). */
    @ParameterizedTest
    @ValueSource(strings = {"255069999999934", "184127645108946", "1 84 12 76 451 089 46"})
    void aRightKeyPasses(String nir) {
        assertEquals(List.of(), run(nir));
    }

    @Test
    void aWrongKeyBlocksAndSaysTheExpectedKey() {
        List<CheckResult> results = run("255069999999935");

        assertEquals(1, results.size());
        assertEquals(Severity.BLOCKING, results.get(0).severity());
        assertEquals("NIR 2550699999999 : la clé 35 ne correspond pas (clé attendue 34). Corrigez le NIR ou la clé dans le"
                + " dossier patient.", results.get(0).message());
    }

    @Test
    void corsicaIsCountedWith19And18() {
        // 180022A123456: 2A counts as 19, 97 - (1800219123456 mod 97) = 36 (computed by hand/with a calculator)
        assertEquals(List.of(), run("180022A12345636"));
        assertEquals("nir.key", run("180022A12345637").get(0).messageKey());
    }

    @Test
    void aMalformedNirBlocks() {
        List<CheckResult> results = run("25506999");

        assertEquals("NIR « 25506999 » mal formé : il faut 13 caractères (chiffres, 2A/2B pour la Corse) et une clé de 2"
                + " chiffres.", results.get(0).message());
    }

    @Test
    void aStoredInvoiceWithoutAnyNirBlocks() {
        assertEquals("nir.missing", run(null).get(0).messageKey());
    }
}
