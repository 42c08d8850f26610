package org.openfse.store.derby.internal;

import java.nio.file.Path;
import org.openfse.model.OpenfseModel;

/** Test helper: a real {@link StoreEngine} on embedded Derby, with the shipped migrations and the generated model. */
final class TestStores {

    private TestStores() {
    }

    static ModelMapping mapping() {
        return ModelMapping.of(OpenfseModel.ePackage());
    }

    static StoreEngine open(Path data) {
        return open(StoreOptions.embedded(data));
    }

    static StoreEngine open(StoreOptions options) {
        return new StoreEngine(EmbeddedDerby.driver(), null, options, EmbeddedDerby.shippedMigrations(), mapping());
    }

    /** Embedded options with encryption. */
    static StoreOptions encrypted(Path data, String bootPassword) {
        return new StoreOptions(data.toAbsolutePath().normalize(), StoreMode.EMBEDDED, "", "0.0.0.0", 1527, "", true,
                bootPassword);
    }

    /** Embedded options without encryption wanted, but with a boot password given. */
    static StoreOptions withBootPassword(Path data, String bootPassword) {
        return new StoreOptions(data.toAbsolutePath().normalize(), StoreMode.EMBEDDED, "", "0.0.0.0", 1527, "", false,
                bootPassword);
    }
}
