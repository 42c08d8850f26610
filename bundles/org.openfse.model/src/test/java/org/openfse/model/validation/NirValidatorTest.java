package org.openfse.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Golden values: the two NIR examples of the French Wikipedia article "Numéro de sécurité sociale
 * en France" (1 84 12 76 451 089 46 and 2 55 08 14 168 025 38), and a Corsican NIR whose key was
 * computed by hand with the rule of DOMAIN.md (2A counted as 19: 97 - 2690519004012 mod 97 = 28;
 * 2B counted as 18: 97 - 2690518004012 mod 97 = 55), not with the code under test.
 */
class NirValidatorTest {

    @Test
    void thePublicExamplesAreValid() {
        assertTrue(NirValidator.check("1 84 12 76 451 089 46").isEmpty());
        assertTrue(NirValidator.check("2 55 08 14 168 025 38").isEmpty());
        assertTrue(NirValidator.check("1841276451089", "46").isEmpty());
    }

    @Test
    void aWrongKeyNamesTheExpectedOne() {
        Problem problem = NirValidator.check("1 84 12 76 451 089 47").orElseThrow();
        assertEquals("nir.key", problem.code());
        assertEquals("NIR invalide : la clé 47 ne correspond pas (clé attendue 46)", problem.message());
        assertEquals("NIR invalide : la clé 37 ne correspond pas (clé attendue 38)",
                NirValidator.check("2550814168025", "37").orElseThrow().message());
    }

    @Test
    void corsicanDepartmentsCountAs19And18() {
        assertTrue(NirValidator.check("2 69 05 2A 004 012 28").isEmpty());
        assertTrue(NirValidator.check("269052a004012", "28").isEmpty(), "lower case is read as upper case");
        assertTrue(NirValidator.check("2 69 05 2B 004 012 55").isEmpty());
        assertEquals("NIR invalide : la clé 28 ne correspond pas (clé attendue 55)",
                NirValidator.check("269052B004012", "28").orElseThrow().message());
    }

    @Test
    void aMalformedNirIsAFormatProblem() {
        assertEquals("nir.format", NirValidator.check("184127645108", "46").orElseThrow().code(), "12 characters");
        assertEquals("nir.format", NirValidator.check("5841276451089", "46").orElseThrow().code(), "sex 5");
        assertEquals("nir.format", NirValidator.check("18412764510X9", "46").orElseThrow().code());
        assertEquals("nir.format", NirValidator.check("").orElseThrow().code());
        assertTrue(NirValidator.check("1841276451089", "4").orElseThrow().message().contains("2 chiffres"));
        assertEquals("NIR incomplet : la clé (2 chiffres) manque après 1841276451089.",
                NirValidator.check("1841276451089", null).orElseThrow().message());
    }

    @Test
    void theLogLineIsEnglishAndStable() {
        assertEquals("ERROR nir.key [47, 46]", NirValidator.check("1841276451089", "47").orElseThrow().logLine());
    }
}
