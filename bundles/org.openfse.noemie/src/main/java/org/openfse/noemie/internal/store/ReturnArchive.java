package org.openfse.noemie.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;

/**
 * The verbatim copies of received return files, in the data folder:
 *
 * <ul>
 * <li>{@code returns/YYYY/<sha256>.noemie}: the bytes as received, written to a temporary file and
 * moved into place, so that a copy is either whole or absent;</li>
 * <li>{@code returns/YYYY/<sha256>.report.properties}: the import's status and errors (fields the
 * model's {@code ReturnFile} does not have);</li>
 * <li>{@code returns/quarantine/<sha256>.noemie} and {@code .reason.txt}: a file from which nothing
 * could be read.</li>
 * </ul>
 *
 * Nothing here is ever deleted.
 */
public final class ReturnArchive {

    /** A stored copy: where, and its hex SHA-256. */
    public record Stored(Path path, String sha256, long size) {
    }

    private final Path dataFolder;

    public ReturnArchive(Path dataFolder) {
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder").toAbsolutePath().normalize();
    }

    /** The data folder: framework / system property {@code openfse.data}, else {@code ~/.openfse}. */
    public static Path defaultDataFolder(String property) {
        if (property != null && !property.isBlank()) {
            return Path.of(property.strip());
        }
        return Path.of(System.getProperty("user.home"), ".openfse");
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /**
     * Copies the stream into the archive before anything reads it, computing its SHA-256 on the
     * way. A copy already there with the same name is the same bytes and is kept as it is.
     */
    public Stored store(InputStream in, LocalDate day) throws IOException {
        Path folder = dataFolder.resolve("returns").resolve(String.valueOf(day.getYear()));
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "incoming-", ".part");
        MessageDigest digest = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
            size = in.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        Path target = folder.resolve(sha + ".noemie");
        if (Files.exists(target)) {
            Files.delete(temporary);
        } else {
            move(temporary, target);
        }
        return new Stored(dataFolder.relativize(target), sha, size);
    }

    /** The absolute path of a stored copy. */
    public Path resolve(Path relative) {
        return dataFolder.resolve(relative);
    }

    /** Where the copy of this SHA-256 received on this day is. */
    public Path relative(String sha256, LocalDate day) {
        return Path.of("returns", String.valueOf(day.getYear()), sha256 + ".noemie");
    }

    /** Where the copy of a file received at this instant is (its year's folder, else the quarantine), relative. */
    public Path locate(String sha256, java.time.Instant receivedAt) {
        Path stored = relative(sha256, LocalDate.ofInstant(receivedAt, ZoneId.systemDefault()));
        if (Files.exists(resolve(stored))) {
            return stored;
        }
        return Path.of("returns", "quarantine", sha256 + ".noemie");
    }

    /** Moves a stored copy to the quarantine with its reason next to it; returns its new relative path. */
    public Path quarantine(Stored stored, String reason) throws IOException {
        Path folder = dataFolder.resolve("returns").resolve("quarantine");
        Files.createDirectories(folder);
        Path target = folder.resolve(stored.sha256() + ".noemie");
        Path source = resolve(stored.path());
        if (!Files.exists(target)) {
            move(source, target);
        } else {
            Files.deleteIfExists(source);
        }
        Files.writeString(folder.resolve(stored.sha256() + ".reason.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
        return dataFolder.relativize(target);
    }

    /** Writes the report of an import next to the copy. */
    public void writeReport(Path stored, Properties report) throws IOException {
        Path file = reportOf(stored);
        Path temporary = Files.createTempFile(file.getParent(), "report-", ".part");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            report.store(out, "OpenFSE NOEMIE import report");
        }
        move(temporary, file);
    }

    /** The report of an import, empty when there is none. */
    public Properties readReport(Path stored) {
        Properties report = new Properties();
        Path file = reportOf(stored);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                report.load(in);
            } catch (IOException e) {
                report.setProperty("status", "IMPORTED_WITH_ERRORS");
                report.setProperty("error.0", "0|0|REPORT|report unreadable: " + e);
                report.setProperty("errors", "1");
            }
        }
        return report;
    }

    private Path reportOf(Path stored) {
        Path absolute = resolve(stored);
        String name = absolute.getFileName().toString().replace(".noemie", ".report.properties");
        return absolute.resolveSibling(name);
    }

    /** Today in the local time zone. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
