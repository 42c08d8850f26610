package org.openfse.sesam.reference.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The local test key of the reference seal: {@value #KEY_LENGTH} random bytes, created on first use
 * and then read back from the same file on every start.
 *
 * <p>The file is written to a temporary name next to it and then moved into place, so a crash never
 * leaves a half-written key; where the file system supports POSIX permissions, only the owner may
 * read it. A file of the wrong length is refused rather than replaced: replacing it would silently
 * make every seal made so far fail verification. The key is never logged.
 */
final class SealKeyFile {

    static final int KEY_LENGTH = 32;

    private SealKeyFile() {
    }

    /**
     * Reads the key at {@code file}, or creates it with fresh random bytes when the file does not exist.
     *
     * @throws IOException when the file cannot be read or written, or does not hold exactly
     *         {@value #KEY_LENGTH} bytes
     */
    static byte[] loadOrCreate(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file)) {
            return read(file);
        }
        byte[] key = new byte[KEY_LENGTH];
        new SecureRandom().nextBytes(key);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "test-seal", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.write(temporary, key);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // another start created it first: use that one
            return read(file);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return key;
    }

    private static byte[] read(Path file) throws IOException {
        byte[] key = Files.readAllBytes(file);
        if (key.length != KEY_LENGTH) {
            throw new IOException("seal key file " + file + " holds " + key.length + " bytes instead of "
                    + KEY_LENGTH + "; restore it from a backup (a new key would not verify the invoices already sealed)");
        }
        return key;
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
