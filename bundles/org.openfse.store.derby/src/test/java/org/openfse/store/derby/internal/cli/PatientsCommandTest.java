package org.openfse.store.derby.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.command.CliCommand;
import org.openfse.model.api.Patient;
import org.openfse.store.derby.internal.OpenStores;

/** {@code patients list|import|export} on a real store. NIR keys as computed in {@link PatientCsvTest}. */
class PatientsCommandTest {

    static final String HEADER = PatientCsvTest.HEADER;
    static final String GOOD = HEADER + "\n"
            + "180057512345627;00;Dupont;Jean;;19800512;1;;01;751;0809;0600000000;;\"3 rue des Lilas\n69003 Lyon\"\n"
            + "180057512345627;06;Dupont;Léa;;20161332;1;;01;751;0809;;;\n"
            + ";00;Martin;Anne;;19750101;1;;;;;;;\n";

    @TempDir
    Path dir;

    private OpenStores.ClosableStore store;
    private PatientsCommand command;

    @BeforeEach
    void open() {
        store = OpenStores.open(dir.resolve("data"));
        command = new PatientsCommand();
        command.bindStore(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long folders() {
        return store.inTransaction(tx -> tx.repository(Patient.class).count());
    }

    @Test
    void aValidFileIsImportedAndListed() throws Exception {
        Path file = Files.writeString(dir.resolve("patients.csv"), GOOD);

        Console imported = Console.run(command, "import", file.toString());

        assertEquals(CliCommand.OK, imported.code, imported.err());
        assertEquals("2 dossier(s) importé(s) (3 bénéficiaire(s)) depuis " + file + ".\n", imported.out());
        Console list = Console.run(command, "list");
        List<String> lines = list.out().lines().toList();
        assertEquals("id\tnom\tprenom\tnir\tdate_naissance\tbeneficiaires", lines.get(0));
        assertTrue(lines.get(1).matches("\\d+\tDupont\tJean\t180057512345627\t19800512\t2"), lines.get(1));
        assertTrue(lines.get(2).matches("\\d+\tMartin\tAnne\t\t19750101\t1"), lines.get(2));
        assertEquals("2 dossier(s)\n", list.err());
        Console search = Console.run(command, "list", "mart");
        assertEquals(2, search.out().lines().count(), "header and Martin");
    }

    @Test
    void aBadLineRefusesTheWholeFileWithTheLineAndTheField() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), GOOD + "180057512345627;06;Dupont;Paul;;31/02/2024;1;;;;;;;\n");

        Console refused = Console.run(command, "import", file.toString());

        assertEquals(CliCommand.INVALID_INPUT, refused.code);
        assertEquals("", refused.out());
        List<String> lines = refused.err().lines().toList();
        assertEquals("Import refusé : 1 erreur(s) dans " + file + ". Rien n'a été importé ; corrigez le fichier puis recommencez.",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("  ligne 6, colonne « date_naissance » : "), lines.get(1));
        assertEquals(0, folders(), "nothing half-imported");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
        byte[] latin1 = (HEADER + "\n;00;Dupont;Jérôme;;;;;;;;;;\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.csv"), latin1);

        Console refused = Console.run(command, "import", file.toString());

        assertEquals(CliCommand.INVALID_INPUT, refused.code);
        assertTrue(refused.err().startsWith("Le fichier " + file + " n'est pas en UTF-8 (ligne 2)."), refused.err());
        assertEquals(0, folders());
    }

    @Test
    void foldersAlreadyInTheBaseAreLeftAsTheyAre() throws Exception {
        Path file = Files.writeString(dir.resolve("patients.csv"), GOOD);
        Console.run(command, "import", file.toString());

        Console again = Console.run(command, "import", file.toString());

        assertEquals(CliCommand.OK, again.code);
        assertTrue(again.out().contains("1 dossier(s) déjà présent(s) dans la base, laissé(s) tels quels : ligne 2, NIR 180057512345627"),
                again.out());
        assertEquals(3, folders(), "Martin has no NIR, so it cannot be recognised and is imported again");
    }

    @Test
    void anExportImportsBackToTheSameFolders() throws Exception {
        Console.run(command, "import", Files.writeString(dir.resolve("in.csv"), GOOD).toString());
        Path out = dir.resolve("export/patients.csv");

        Console exported = Console.run(command, "export", out.toString());

        assertEquals(CliCommand.OK, exported.code, exported.err());
        assertEquals("2 dossier(s) exporté(s) (3 ligne(s)) dans " + out + ".\n", exported.out());
        assertEquals(GOOD, Files.readString(out), "same columns, same lines, insured first, line breaks kept in quotes");
        Console twice = Console.run(command, "export", out.toString());
        assertEquals(CliCommand.INVALID_INPUT, twice.code);
        assertTrue(twice.err().contains("existe déjà"), twice.err());
        assertFalse(Files.exists(out.resolveSibling(".patients.csv.tmp")));
    }

    @Test
    void wrongUsageIsExitCode2() {
        assertEquals(CliCommand.INVALID_INPUT, Console.run(command).code);
        assertEquals(CliCommand.INVALID_INPUT, Console.run(command, "import").code);
        Console missing = Console.run(command, "import", dir.resolve("nope.csv").toString());
        assertEquals(CliCommand.INVALID_INPUT, missing.code);
        assertTrue(missing.err().startsWith("Impossible de lire"), missing.err());
    }

    @Test
    void withoutAStoreTheCommandSaysSo() {
        PatientsCommand alone = new PatientsCommand();
        Console console = Console.run(alone, "list");
        assertEquals(CliCommand.FAILED, console.code);
        assertTrue(console.err().startsWith("La base de données n'est pas disponible"), console.err());
    }
}
