package org.openfse.store.derby.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openfse.core.health.HealthResult;

/** Checks that the data folder exists, is writable, and has room left. */
final class DataFolderCheck {

    /** Below this much usable space the check fails: room for the database to grow and for a backup. */
    static final long MIN_FREE_BYTES = 500L * 1024 * 1024;

    private DataFolderCheck() {
    }

    static HealthResult run(Path folder, long minFreeBytes) {
        String subject = Messages.get("health.dataFolder.subject");
        if (!Files.exists(folder)) {
            return new HealthResult(subject, false, Messages.get("health.dataFolder.missing", folder));
        }
        if (!Files.isDirectory(folder)) {
            return new HealthResult(subject, false, Messages.get("health.dataFolder.notFolder", folder));
        }
        try {
            Path probe = Files.createTempFile(folder, ".openfse-check-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            return new HealthResult(subject, false, Messages.get("health.dataFolder.notWritable", folder, e.toString()));
        }
        long free;
        try {
            free = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return new HealthResult(subject, false, Messages.get("health.dataFolder.unreadable", folder, e.toString()));
        }
        if (free < minFreeBytes) {
            return new HealthResult(subject, false,
                    Messages.get("health.dataFolder.lowSpace", folder, Messages.size(free), Messages.size(minFreeBytes)));
        }
        return new HealthResult(subject, true, Messages.get("health.dataFolder.ok", folder, Messages.size(free)));
    }
}
