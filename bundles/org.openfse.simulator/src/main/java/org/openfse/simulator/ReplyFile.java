package org.openfse.simulator;

import java.util.Objects;

/**
 * A file the "Caisse de TEST" sends back to the professional (a NOEMIE return), through the
 * channel the lot came by.
 *
 * @param name file name (attachment name, concentrator file name)
 * @param content the bytes
 */
public record ReplyFile(String name, byte[] content) {

    public ReplyFile {
        Objects.requireNonNull(name, "name");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
