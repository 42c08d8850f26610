package org.openfse.store.derby.internal;

import java.nio.file.Path;
import org.openfse.core.store.Store;

/** For the tests of other packages: a real store on embedded Derby, closed after use. */
public final class OpenStores {

    /** A {@link Store} that shuts its database down on close. */
    public interface ClosableStore extends Store, AutoCloseable {
        @Override
        void close();
    }

    private OpenStores() {
    }

    public static ClosableStore open(Path data) {
        StoreEngine engine = TestStores.open(data);
        return new ClosableStore() {
            @Override
            public void close() {
                engine.close();
            }

            @Override
            public org.openfse.core.store.StoreInfo info() {
                return engine.info();
            }

            @Override
            public boolean ping() {
                return engine.ping();
            }

            @Override
            public Path backup(Path folder) {
                return engine.backup(folder);
            }

            @Override
            public void restore(Path backup) {
                engine.restore(backup);
            }

            @Override
            public <R> R inTransaction(org.openfse.core.store.UnitOfWork<R> work) {
                return engine.inTransaction(work);
            }

            @Override
            public <R> R inTransaction(String actor, org.openfse.core.store.UnitOfWork<R> work) {
                return engine.inTransaction(actor, work);
            }

            @Override
            public java.util.Set<Class<?>> aggregateTypes() {
                return engine.aggregateTypes();
            }
        };
    }
}
