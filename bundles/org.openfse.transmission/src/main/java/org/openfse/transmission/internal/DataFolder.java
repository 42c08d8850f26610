package org.openfse.transmission.internal;

import java.nio.file.Path;

/**
 * The OpenFSE data folder: the framework property {@code openfse.data}, else
 * {@code ${user.home}/.openfse} (as the store finds it). Lot files go to {@code lots/<PS>/},
 * bordereaux to {@code bordereaux/}.
 */
record DataFolder(Path root) {

    static DataFolder of(String property, String userHome) {
        if (property != null && !property.isBlank()) {
            return new DataFolder(Path.of(property.strip()).toAbsolutePath().normalize());
        }
        return new DataFolder(Path.of(userHome, ".openfse").toAbsolutePath().normalize());
    }

    Path lots(String psNumber) {
        return root.resolve("lots").resolve(psNumber);
    }

    Path bordereaux() {
        return root.resolve("bordereaux");
    }
}
