package org.openfse.refdata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.health.HealthResult;
import org.openfse.refdata.ReferenceRow;

class VersionsAndFilesTest {

    private static final String HEADER =
            "table;version;effective_from;upstream_date;path;git_blob;bytes;rows;key;label;row_from;row_to;licence;upstream\n";

    @Test
    void gitBlobIdsAreThoseOfGit() throws IOException {
        // `printf 'hello\n' | git hash-object --stdin` prints ce013625030ba8dba906f756967f9e9ca394464a.
        assertEquals("ce013625030ba8dba906f756967f9e9ca394464a", GitBlob.of("hello\n".getBytes(StandardCharsets.US_ASCII)));
        // README provenance table: IR_NAT_V.csv blob 04cda70ecf06211f8ec327a6ca77e7325ca010a4.
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("refdata/snds-fe17ef8/IR_NAT_V.csv")) {
            assertEquals("04cda70ecf06211f8ec327a6ca77e7325ca010a4", GitBlob.of(in));
        }
    }

    @Test
    void thePackagedFilesAreIntactAndLicensed() {
        HealthResult result = ReferenceFilesCheck.run(getClass().getClassLoader(), Messages.load());
        assertTrue(result.ok(), result.detail());
        assertEquals("Données de référence", result.subject());
        assertTrue(result.detail().startsWith("28 tables, version snds-fe17ef8"), result.detail());
        assertTrue(getClass().getClassLoader().getResource("refdata/snds-fe17ef8/PROVENANCE.md") != null);
    }

    @Test
    void aModifiedFileIsReported(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("refdata/v1"));
        Files.writeString(folder.resolve("IR_TYA_V.csv"), "TYA_COD;TYA_LIB;TEC_COL\nC;CLINIQUE;0\n");
        Files.writeString(folder.resolve(ReferenceFilesCheck.LICENCE), "licence");
        Files.writeString(dir.resolve("refdata/catalog.csv"), HEADER
                + "IR_TYA_V;v1;;2020-01-09;v1/IR_TYA_V.csv;0e9f9fb264e0854fd87a657a0fadfa1470824832;86;1;TYA_COD;TYA_LIB;;;MPL-2.0;test\n"
                + "IR_TPS_V;v1;;2020-01-09;v1/IR_TPS_V.csv;0e9f9fb264e0854fd87a657a0fadfa1470824832;86;1;TYA_COD;TYA_LIB;;;MPL-2.0;test\n");
        try (URLClassLoader loader = over(dir)) {
            HealthResult result = ReferenceFilesCheck.run(loader, Messages.load());
            assertFalse(result.ok());
            assertEquals("Fichiers de référence altérés ou absents : v1/IR_TPS_V.csv absent, v1/IR_TYA_V.csv modifié. "
                    + "Réinstallez OpenFSE.", result.detail());
        }
    }

    @Test
    void aNewerVersionTakesOverOnItsEffectiveDate(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("refdata/v1"));
        Files.createDirectories(dir.resolve("refdata/v2"));
        Files.writeString(dir.resolve("refdata/v1/IR_TYA_V.csv"), "TYA_COD;TYA_LIB;TEC_COL\nC;CLINIQUE;0\nT;TECHNIQUE;0\n");
        Files.writeString(dir.resolve("refdata/v2/IR_TYA_V.csv"), "TYA_COD;TYA_LIB;TEC_COL\nC;ACTE CLINIQUE;0\n");
        Files.writeString(dir.resolve("refdata/catalog.csv"), "# two versions\n" + HEADER
                + "IR_TYA_V;v2;2025-01-01;2024-12-01;v2/IR_TYA_V.csv;x;1;1;TYA_COD;TYA_LIB;;;MPL-2.0;test\n"
                + "IR_TYA_V;v1;;2020-01-09;v1/IR_TYA_V.csv;x;1;2;TYA_COD;TYA_LIB;;;MPL-2.0;test\n");
        try (URLClassLoader loader = over(dir)) {
            CatalogReferenceData data = new CatalogReferenceData(loader);
            assertEquals(List.of("v1", "v2"), data.versions().stream().map(v -> v.version()).toList());
            LocalDate before = LocalDate.of(2024, 12, 31);
            LocalDate from = LocalDate.of(2025, 1, 1);
            assertEquals("v1", data.versionAt("IR_TYA_V", before).orElseThrow().version());
            assertEquals("v2", data.versionAt("IR_TYA_V", from).orElseThrow().version());
            assertEquals(Optional.of("CLINIQUE"), data.lookup("IR_TYA_V", "C", before).flatMap(ReferenceRow::label));
            assertEquals(Optional.of("ACTE CLINIQUE"), data.lookup("IR_TYA_V", "C", from).flatMap(ReferenceRow::label));
            assertTrue(data.lookup("IR_TYA_V", "T", before).isPresent());
            assertTrue(data.lookup("IR_TYA_V", "T", from).isEmpty(), "code dropped by the new version");
        }
    }

    @Test
    void rowsDatedByTheirStartEndWhenTheNextOneStarts(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("refdata/t"));
        Files.writeString(dir.resolve("refdata/t/IR_LPP_V.csv"), "LPP_COD;VAL_DTD;LPP_TAR;LPP_PRU\n"
                + "2223342;01JAN2010:00:00:00;3.00;0.00\n2223342;08SEP2003:00:00:00;2.84;0.00\n");
        Files.writeString(dir.resolve("refdata/catalog.csv"), HEADER
                + "IR_LPP_V;t;;2020-01-09;t/IR_LPP_V.csv;x;1;2;LPP_COD;;sas:VAL_DTD;;MPL-2.0;test\n");
        try (URLClassLoader loader = over(dir)) {
            CatalogReferenceData data = new CatalogReferenceData(loader);
            ReferenceRow old = data.lookup("IR_LPP_V", "2223342", LocalDate.of(2009, 12, 31)).orElseThrow();
            assertEquals("2.84", old.get("LPP_TAR"));
            assertEquals(Optional.of(LocalDate.of(2009, 12, 31)), old.validTo());
            assertEquals("3.00", data.lookup("IR_LPP_V", "2223342", LocalDate.of(2010, 1, 1)).orElseThrow().get("LPP_TAR"));
        }
    }

    @Test
    void aFileThatDisagreesWithTheCatalogIsAClearError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("refdata/t"));
        Files.writeString(dir.resolve("refdata/t/IR_TYA_V.csv"), "TYA_COD;TYA_LIB;TEC_COL\nC;CLINIQUE;0\nT;TECH\n");
        Files.writeString(dir.resolve("refdata/catalog.csv"), HEADER
                + "IR_TYA_V;t;;2020-01-09;t/IR_TYA_V.csv;x;1;2;TYA_COD;TYA_LIB;;;MPL-2.0;test\n");
        try (URLClassLoader loader = over(dir)) {
            CatalogReferenceData data = new CatalogReferenceData(loader);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> data.lookup("IR_TYA_V", "C", LocalDate.of(2024, 1, 1)));
            assertEquals("refdata/t/IR_TYA_V.csv line 3: 2 fields, 3 columns", e.getMessage());
        }
    }

    @Test
    void csvLinesKeepSpacesAndUnquote() {
        assertEquals(List.of("A   F", "forfait \"férié\""), CsvLine.split("\"A   F\";\"forfait \"\"férié\"\"\""));
        assertEquals(List.of("1", "", " x "), CsvLine.split("1;; x "));
        assertThrows(IllegalArgumentException.class, () -> CsvLine.split("\"open;1"));
    }

    @Test
    void closingRemarksAndSasDatesAreRead() {
        DateRule closed = new DateRule(DateRule.Kind.CLOSED, "PRS_NAT_OBS");
        // Remarks as found in IR_NAT_V.csv column PRS_NAT_OBS.
        assertEquals(Optional.of(LocalDate.of(2019, 12, 31)), closed.read("ferme le 31/12/2019"));
        assertEquals(Optional.of(LocalDate.of(2009, 2, 28)), closed.read("fermé le28/02/2009"));
        assertEquals(Optional.of(LocalDate.of(2006, 12, 31)), closed.read("ZM : fermé le 31/12/2006"));
        assertEquals(Optional.empty(), closed.read("Specifique NTEIR"));
        DateRule sas = new DateRule(DateRule.Kind.SAS, "VAL_DTD");
        assertEquals(Optional.of(LocalDate.of(2013, 5, 20)), sas.read("20MAY2013:00:00:00"));
        assertThrows(IllegalArgumentException.class, () -> sas.read("2013-05-20"));
    }

    private static URLClassLoader over(Path dir) throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }
}
