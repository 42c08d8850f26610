package org.openfse.store.derby.internal;

import java.nio.file.Path;

/**
 * Where OpenFSE keeps its data: the configured folder, else the framework property
 * {@value #FRAMEWORK_PROPERTY}, else {@code ${user.home}/.openfse}.
 */
final class DataFolders {

    /** Framework (or system) property naming the data folder. */
    static final String FRAMEWORK_PROPERTY = "openfse.data";

    /** Name of the database folder inside the data folder. */
    static final String DATABASE_FOLDER = "db";

    private DataFolders() {
    }

    /**
     * @param configured the {@code dataFolder} configuration value; blank = not set
     * @param frameworkProperty the value of {@value #FRAMEWORK_PROPERTY}, or {@code null}
     * @param userHome the value of {@code user.home}
     * @return the data folder, absolute
     */
    static Path resolve(String configured, String frameworkProperty, String userHome) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip()).toAbsolutePath().normalize();
        }
        if (frameworkProperty != null && !frameworkProperty.isBlank()) {
            return Path.of(frameworkProperty.strip()).toAbsolutePath().normalize();
        }
        if (userHome == null || userHome.isBlank()) {
            throw new IllegalStateException("no data folder configured and user.home is not set");
        }
        return Path.of(userHome, ".openfse").toAbsolutePath().normalize();
    }
}
