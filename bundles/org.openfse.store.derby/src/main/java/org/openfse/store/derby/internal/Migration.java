package org.openfse.store.derby.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered schema migration: a SQL script named {@code V<number>__<description>.sql}.
 *
 * @param version the number, 1 or more; migrations run in increasing order
 * @param description what it does, from the file name (underscores read as spaces)
 * @param script the SQL statements, separated by {@code ;}
 */
public record Migration(int version, String description, String script) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_\\-]+)\\.sql");

    public Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be 1 or more: " + version);
        }
    }

    /**
     * Builds a migration from its file name and content.
     *
     * @throws IllegalArgumentException when the name is not {@code V<number>__<description>.sql}
     */
    public static Migration fromFile(String fileName, String content) {
        Matcher m = FILE_NAME.matcher(Objects.requireNonNull(fileName, "fileName"));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a migration file name (V<number>__<description>.sql): " + fileName);
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), content);
    }

    /**
     * SHA-256 of the script, hexadecimal. Line endings are normalised to LF first, so a
     * checkout with CRLF does not count as a change.
     */
    public String checksum() {
        String normalised = script.replace("\r\n", "\n").replace('\r', '\n');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
