package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.health.HealthResult;

class DataFolderCheckTest {

    @TempDir
    Path dir;

    @Test
    void aWritableFolderWithRoomIsFine() {
        HealthResult result = DataFolderCheck.run(dir, 0);

        assertTrue(result.ok(), result.detail());
        assertEquals("Dossier de données", result.subject());
        assertTrue(result.detail().startsWith(dir + " : accessible en écriture, "), result.detail());
        assertTrue(result.detail().endsWith(" libres"), result.detail());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "the write probe leaves nothing behind");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMissingFolderIsReported() {
        HealthResult result = DataFolderCheck.run(dir.resolve("absent"), 0);

        assertFalse(result.ok());
        assertTrue(result.detail().startsWith("Le dossier " + dir.resolve("absent") + " n'existe pas."), result.detail());
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        HealthResult result = DataFolderCheck.run(file, 0);

        assertFalse(result.ok());
        assertTrue(result.detail().contains("n'est pas un dossier"), result.detail());
    }

    @Test
    void tooLittleRoomIsReported() {
        HealthResult result = DataFolderCheck.run(dir, Long.MAX_VALUE);

        assertFalse(result.ok());
        assertTrue(result.detail().contains("seulement"), result.detail());
    }
}
