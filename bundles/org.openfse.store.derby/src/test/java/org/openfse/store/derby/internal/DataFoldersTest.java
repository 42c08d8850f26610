package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataFoldersTest {

    @Test
    void theConfiguredFolderWins() {
        assertEquals(Path.of("/srv/openfse"), DataFolders.resolve(" /srv/openfse ", "/from/property", "/home/u"));
    }

    @Test
    void anEmptyConfigurationFallsBackToTheFrameworkProperty() {
        assertEquals(Path.of("/from/property"), DataFolders.resolve("", "/from/property", "/home/u"));
        assertEquals(Path.of("/from/property"), DataFolders.resolve(null, "/from/property", "/home/u"));
    }

    @Test
    void withoutEitherItIsDotOpenfseInTheHomeFolder() {
        assertEquals(Path.of("/home/u/.openfse"), DataFolders.resolve("", null, "/home/u"));
        assertEquals(Path.of("/home/u/.openfse"), DataFolders.resolve("", "  ", "/home/u"));
    }

    @Test
    void aRelativeFolderIsMadeAbsolute() {
        assertEquals(Path.of("").toAbsolutePath().resolve("data"), DataFolders.resolve("data/./", null, "/home/u"));
    }

    @Test
    void noHomeAndNothingConfiguredIsAnError() {
        assertThrows(IllegalStateException.class, () -> DataFolders.resolve("", null, null));
    }
}
