package org.openfse.core.store;

import java.util.Objects;

/**
 * What the store is running on.
 *
 * @param engine engine name and version ({@code Apache Derby 10.17.1.0})
 * @param location where the data lives (a folder, or {@code host:port} in network mode)
 * @param schemaVersion number of the last migration applied
 * @param encrypted whether the data is encrypted at rest
 */
public record StoreInfo(String engine, String location, int schemaVersion, boolean encrypted) {
    public StoreInfo {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(location, "location");
    }
}
