package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealKeyFileTest {

    @TempDir
    Path folder;

    @Test
    void createsA32ByteKeyOnFirstUseAndReadsItBackAfterwards() throws IOException {
        Path file = folder.resolve("test-seal.key");
        assertFalse(Files.exists(file));

        byte[] created = SealKeyFile.loadOrCreate(file);

        assertEquals(32, created.length);
        assertArrayEquals(created, Files.readAllBytes(file), "the key returned is the key stored");
        assertArrayEquals(created, SealKeyFile.loadOrCreate(file), "a second start reads the same key");
        try (var leftovers = Files.list(folder)) {
            assertEquals(List.of(file), leftovers.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void twoFilesHoldDifferentRandomKeys() throws IOException {
        byte[] first = SealKeyFile.loadOrCreate(folder.resolve("a.key"));
        byte[] second = SealKeyFile.loadOrCreate(folder.resolve("b.key"));
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(new byte[32], first), "not all zero");
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path file = folder.resolve("data").resolve("test-seal.key");
        assertEquals(32, SealKeyFile.loadOrCreate(file).length);
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void refusesAFileOfTheWrongLengthAndKeepsIt() throws IOException {
        Path file = folder.resolve("test-seal.key");
        Files.write(file, new byte[31]);
        IOException refused = assertThrows(IOException.class, () -> SealKeyFile.loadOrCreate(file));
        assertTrue(refused.getMessage().contains("31 bytes"), refused.getMessage());
        assertEquals(31, Files.size(file), "the file is not replaced");
    }

    @Test
    void onlyTheOwnerMayReadTheKey() throws IOException {
        // the build runs on Linux (target environment linux/gtk/x86_64), a POSIX file system
        Path file = folder.resolve("test-seal.key");
        SealKeyFile.loadOrCreate(file);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }
}
