package org.openfse.refdata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openfse.core.health.HealthResult;

/**
 * Checks that every file the catalog declares is in the bundle, unmodified: its Git blob id equals
 * the one recorded at packaging time (which ties it to the upstream commit named in PROVENANCE.md),
 * and the licence text is next to it.
 */
final class ReferenceFilesCheck {

    static final String LICENCE = "LICENSE-schema-snds.txt";

    private static final System.Logger LOG = System.getLogger(ReferenceFilesCheck.class.getName());

    private ReferenceFilesCheck() {
    }

    static HealthResult run(ClassLoader loader, Messages messages) {
        String subject = messages.format("health.subject");
        List<CatalogEntry> entries;
        try {
            entries = Catalog.load(loader);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "reference data catalog unreadable", e);
            return new HealthResult(subject, false, messages.format("health.catalog", e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        Set<String> versions = new TreeSet<>();
        Set<String> folders = new TreeSet<>();
        for (CatalogEntry entry : entries) {
            String path = Catalog.FOLDER + entry.version().path();
            versions.add(entry.version().version());
            folders.add(path.substring(0, path.lastIndexOf('/') + 1));
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    problems.add(entry.version().path() + " absent");
                    continue;
                }
                String blob = GitBlob.of(in);
                if (!blob.equals(entry.version().gitBlob())) {
                    LOG.log(System.Logger.Level.ERROR, "reference file {0} has blob {1}, the catalog records {2}", path,
                            blob, entry.version().gitBlob());
                    problems.add(entry.version().path() + " modifié");
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot read reference file " + path, e);
                problems.add(entry.version().path() + " illisible");
            }
        }
        for (String folder : folders) {
            if (loader.getResource(folder + LICENCE) == null) {
                problems.add(folder.substring(Catalog.FOLDER.length()) + LICENCE + " absent");
            }
        }
        if (!problems.isEmpty()) {
            return new HealthResult(subject, false, messages.format("health.bad", String.join(", ", problems)));
        }
        return new HealthResult(subject, true,
                messages.format("health.ok", entries.size(), String.join(", ", versions)));
    }
}
