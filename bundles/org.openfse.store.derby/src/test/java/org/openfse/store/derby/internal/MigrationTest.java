package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void versionAndDescriptionComeFromTheFileName() {
        Migration m = Migration.fromFile("V012__add_patient_table.sql", "SELECT 1");

        assertEquals(12, m.version());
        assertEquals("add patient table", m.description());
    }

    @Test
    void fileNamesOutsideThePatternAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Migration.fromFile("V1_single_underscore.sql", ""));
        assertThrows(IllegalArgumentException.class, () -> Migration.fromFile("001__no_prefix.sql", ""));
        assertThrows(IllegalArgumentException.class, () -> Migration.fromFile("V1__x.txt", ""));
        assertThrows(IllegalArgumentException.class, () -> Migration.fromFile("V0__zero.sql", ""));
    }

    @Test
    void checksumIsSha256OfTheScript() {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                new Migration(1, "x", "abc").checksum());
    }

    @Test
    void lineEndingsDoNotChangeTheChecksumButContentDoes() {
        String lf = new Migration(1, "x", "CREATE TABLE A (ID INT);\nCREATE TABLE B (ID INT);\n").checksum();
        String crlf = new Migration(1, "x", "CREATE TABLE A (ID INT);\r\nCREATE TABLE B (ID INT);\r\n").checksum();
        String other = new Migration(1, "x", "CREATE TABLE A (ID INT);\nCREATE TABLE C (ID INT);\n").checksum();

        assertEquals(lf, crlf);
        assertNotEquals(lf, other);
    }
}
