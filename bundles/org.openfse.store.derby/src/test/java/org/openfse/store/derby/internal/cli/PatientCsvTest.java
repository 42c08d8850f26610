package org.openfse.store.derby.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Patient;

/**
 * Reading the patient CSV. NIRs are fictitious; their keys follow the NIR rule of DOMAIN.md
 * (97 - (NIR mod 97)): 1 80 05 75 123 456 has key 97 - (1800575123456 mod 97) = 27, since
 * 1800575123456 = 97 × 18562630138 + 70.
 */
class PatientCsvTest {

    static final String HEADER = String.join(";", PatientCsv.COLUMNS);
    static final String NIR = "180057512345627";

    private static PatientCsv.Result read(String... lines) {
        return PatientCsv.read(HEADER + "\n" + String.join("\n", lines) + "\n");
    }

    private static List<String> errors(PatientCsv.Result result) {
        return result.errors().stream().map(PatientCsv.Error::text).toList();
    }

    @Test
    void linesWithTheSameInsuredFormOneFolderWhoseInsuredIsTheLineOfQuality00() {
        PatientCsv.Result result = read(
                NIR + ";06;Dupont;Léa;;20161332;1;;01;751;0809;;;",
                "1 80 05 75 123 456 27;00;Dupont;Jean;Dupond;12/05/1980;1;;01;751;0809;0600000000;jean@example.org;\"3 rue des Lilas\n69003 Lyon\"",
                ";00;Martin;Anne;;19750101;;;;;;;;");

        assertEquals(List.of(), errors(result));
        assertEquals(2, result.folders().size());
        Patient dupont = result.folders().get(0).patient();
        assertEquals(2, result.folders().get(0).line(), "a folder starts on its first line");
        assertEquals("Dupont", dupont.getInsured().getLastName());
        assertEquals("1800575123456", dupont.getInsured().getNir());
        assertEquals("27", dupont.getInsured().getNirKey());
        assertEquals("19800512", dupont.getInsured().getBirthDate(), "JJ/MM/AAAA is kept as AAAAMMJJ, as on the card");
        assertEquals("3 rue des Lilas\n69003 Lyon", dupont.getInsured().getAddress());
        assertEquals(List.of("Jean", "Léa"), dupont.getBeneficiaries().stream().map(Beneficiary::getFirstName).toList(),
                "the insured person comes first");
        Beneficiary child = dupont.getBeneficiaries().get(1);
        assertEquals("20161332", child.getBirthDate(), "a lunar date is kept as written");
        assertEquals("06", child.getQuality());
        assertEquals(null, child.getNir());
        assertEquals("751", child.getAmoCoverages().get(0).getCaisse());
        assertEquals("Martin", result.folders().get(1).patient().getInsured().getLastName());
        assertEquals(null, result.folders().get(1).insuredNir());
    }

    @Test
    void anInvalidNirKeyNamesTheLineAndTheColumn() {
        PatientCsv.Result result = read("180057512345622;00;Dupont;Jean;;19800512;1;;;;;;;");

        assertEquals(List.of(), result.folders(), "nothing is built from a file with an error");
        assertEquals(1, result.errors().size());
        String text = errors(result).get(0);
        assertTrue(text.startsWith("ligne 2, colonne « nir_assure » : "), text);
        assertTrue(text.contains("22") && text.contains("27"), "names the key found and the key expected: " + text);
    }

    @Test
    void anImpossibleDateIsRefusedInFrench() {
        PatientCsv.Result result = read(NIR + ";00;Dupont;Jean;;31/02/2024;1;;;;;;;");
        String text = errors(result).get(0);
        assertTrue(text.startsWith("ligne 2, colonne « date_naissance » : "), text);
        assertTrue(text.contains("31/02/2024"), text);
    }

    @Test
    void everyProblemOfTheFileIsReported() {
        PatientCsv.Result result = read(
                NIR + ";00;Dupont;;;19800512;0;;1;751;0809;;;",
                "1;2;3",
                NIR + ";0;Dupont;Léa;;20160101;1;;01;751;;;;",
                "\"not closed;00;x");

        assertEquals(List.of(
                "ligne 2, colonne « prenom » : valeur obligatoire manquante",
                "ligne 2, colonne « rang » : rang « 0 » invalide : un chiffre de 1 à 9 attendu (1 sauf naissances multiples)",
                "ligne 2, colonne « regime » : régime « 1 » invalide : 2 chiffres attendus (01 pour le régime général)"),
                errors(PatientCsv.read(HEADER + "\n" + NIR + ";00;Dupont;;;19800512;0;;1;751;0809;;;\n")));
        assertEquals("ligne 5 : guillemet ouvert en colonne 1 et jamais fermé", errors(result).get(0),
                "a malformed line stops the reading: the lines after it cannot be told apart");
        PatientCsv.Result counted = read("1;2;3");
        assertEquals("ligne 2 : la ligne a 3 champ(s) alors que la première ligne nomme 14 colonne(s)", errors(counted).get(0));
        PatientCsv.Result organisme = read(NIR + ";00;Dupont;Léa;;20160101;1;;01;751;;;;");
        assertEquals("ligne 2, colonne « centre » : régime, caisse et centre vont ensemble : indiquez les trois, ou aucun",
                errors(organisme).get(0));
    }

    @Test
    void aFolderNeedsExactlyOneInsuredLine() {
        PatientCsv.Result none = read(NIR + ";06;Dupont;Léa;;20161332;1;;;;;;;");
        assertEquals("ligne 2, colonne « qualite » : le dossier de l'assuré " + NIR + " n'a pas de ligne de qualité 00 (l'assuré lui-même)",
                errors(none).get(0));
        PatientCsv.Result two = read(NIR + ";00;Dupont;Jean;;;;;;;;;;", NIR + ";00;Dupont;Jeanne;;;;;;;;;;");
        assertTrue(errors(two).get(0).contains("deux lignes de qualité 00 (la seconde ligne 3)"), errors(two).get(0));
    }

    @Test
    void theHeaderNamesKnownColumnsOnly() {
        PatientCsv.Result unknown = PatientCsv.read("nom;prenom;couleur\nDupont;Jean;bleu\n");
        assertEquals("ligne 1, colonne « couleur » : colonne inconnue ; colonnes possibles : " + HEADER, errors(unknown).get(0));
        PatientCsv.Result empty = PatientCsv.read("");
        assertTrue(errors(empty).get(0).startsWith("ligne 1 : le fichier est vide"), errors(empty).get(0));
        PatientCsv.Result minimal = PatientCsv.read("nom,prenom\nDupont,Jean\n");
        assertEquals(List.of(), errors(minimal), "the other columns are optional, and commas are fine");
        assertEquals("Jean", minimal.folders().get(0).patient().getInsured().getFirstName());
    }
}
