package org.openfse.refdata.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Git blob id of a content, as {@code git hash-object} prints it: SHA-1 of
 * {@code "blob " + size + "\0" + content}. It ties a packaged file to the upstream commit.
 */
final class GitBlob {

    private GitBlob() {
    }

    static String of(InputStream in) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        in.transferTo(content);
        return of(content.toByteArray());
    }

    static String of(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            sha1.update(content);
            return HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
