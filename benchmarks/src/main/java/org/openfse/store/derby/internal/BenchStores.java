package org.openfse.store.derby.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.openfse.core.store.Store;
import org.openfse.model.OpenfseModel;

/**
 * The Derby store on a plain class path, for benchmarks: the same engine, options, migrations and
 * mapping as the {@code DerbyStore} component, embedded in a folder of the benchmark's choice
 * (never the practice's database). Lives in the store's package to reach its package-private
 * engine (on a plain class path a bundle's internal package is an ordinary package).
 */
public final class BenchStores {

    private BenchStores() {
    }

    /** Opens (creating it) an embedded store in {@code folder}; close it when done. */
    public static Store open(Path folder) {
        return new StoreEngine(new EmbeddedDriver(), null, StoreOptions.embedded(folder), migrations(),
                ModelMapping.of(OpenfseModel.ePackage()));
    }

    /** Closes a store {@link #open} returned. */
    public static void close(Store store) throws Exception {
        ((AutoCloseable) store).close();
    }

    private static List<Migration> migrations() {
        try {
            Path jar = Path.of(StoreEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Migration> migrations = new ArrayList<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(BundleMigrations.FOLDER + "/V") && name.endsWith(".sql")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            migrations.add(Migration.fromFile(name.substring(name.lastIndexOf('/') + 1),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
            return migrations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
