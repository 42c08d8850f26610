package org.openfse.transmission.internal.exchange;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.openfse.core.transport.IncomingFile;

/**
 * The folder where received files are kept verbatim, {@code <data>/inbox}: {@code new/} waiting to
 * be handled, {@code done/} handled, {@code rejected/} not understood (kept for the user).
 *
 * <p>A file is written to a temporary name, forced to disk and renamed atomically, so a file
 * under its final name is always complete. A file received again (same name and same content,
 * e.g. because the process stopped before the mailbox was told to delete it) is recognised in
 * any of the three folders and not stored twice. A different file under a known name is stored
 * as {@code <name>.<first 8 hex digits of its SHA-256>}.
 */
final class Inbox {

    private final Path newFiles;
    private final Path done;
    private final Path rejected;

    Inbox(Path root) {
        this.newFiles = root.resolve("new");
        this.done = root.resolve("done");
        this.rejected = root.resolve("rejected");
    }

    /**
     * Stores a received file unless it is already here.
     *
     * @return whether it was new
     */
    synchronized boolean store(IncomingFile file) throws IOException {
        Files.createDirectories(newFiles);
        byte[] content = file.content();
        String sha = sha256(content);
        String name = file.name();
        for (String candidate : List.of(name, name + "." + sha.substring(0, 8))) {
            Path known = find(candidate);
            if (known == null) {
                write(newFiles.resolve(candidate), content);
                return true;
            }
            if (sha256(Files.readAllBytes(known)).equals(sha)) {
                return false;
            }
        }
        throw new IOException("two different files received as " + name + " and " + name + "." + sha.substring(0, 8));
    }

    /** The files waiting to be handled, oldest first. */
    synchronized List<Path> waiting() throws IOException {
        if (!Files.isDirectory(newFiles)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(newFiles)) {
            List<Path> list = new ArrayList<>(files.filter(p -> !p.getFileName().toString().startsWith(".")).toList());
            list.sort(Comparator.comparing((Path p) -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    return java.nio.file.attribute.FileTime.fromMillis(0);
                }
            }).thenComparing(Path::toString));
            return list;
        }
    }

    /** Moves a handled file to {@code done/}. */
    synchronized Path markDone(Path file) throws IOException {
        return move(file, done);
    }

    /** Moves a file that was not understood to {@code rejected/}. */
    synchronized Path markRejected(Path file) throws IOException {
        return move(file, rejected);
    }

    private Path find(String name) {
        for (Path folder : List.of(newFiles, done, rejected)) {
            Path candidate = folder.resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path move(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(file.getFileName());
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target);
        }
    }

    private static void write(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
