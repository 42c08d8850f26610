package org.openfse.store.derby.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.openfse.core.store.StoreException;
import org.osgi.framework.Bundle;

/** Reads the migration scripts {@code migrations/V*.sql} shipped in the bundle. */
final class BundleMigrations {

    static final String FOLDER = "migrations";

    private BundleMigrations() {
    }

    static List<Migration> load(Bundle bundle) {
        List<Migration> migrations = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "V*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                migrations.add(Migration.fromFile(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new StoreException("cannot read the migration " + path, e);
            }
        }
        if (migrations.isEmpty()) {
            throw new StoreException("the bundle " + bundle.getSymbolicName() + " holds no " + FOLDER + "/V*.sql", null);
        }
        return migrations;
    }
}
