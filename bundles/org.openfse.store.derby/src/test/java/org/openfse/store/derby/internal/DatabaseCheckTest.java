package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openfse.core.health.HealthResult;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.core.store.StoreInfo;
import org.openfse.core.store.UnitOfWork;

class DatabaseCheckTest {

    private static Store stub(boolean answers, StoreInfo info) {
        return new Store() {
            @Override
            public StoreInfo info() {
                if (info == null) {
                    throw new StoreException("disk on fire", null);
                }
                return info;
            }

            @Override
            public boolean ping() {
                return answers;
            }

            @Override
            public Path backup(Path folder) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void restore(Path backup) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <R> R inTransaction(UnitOfWork<R> work) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <R> R inTransaction(String actor, UnitOfWork<R> work) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Set<Class<?>> aggregateTypes() {
                return Set.of();
            }
        };
    }

    @Test
    void aStoreThatAnswersIsDescribed() {
        HealthResult result = DatabaseCheck.run(stub(true, new StoreInfo("Apache Derby 10.17.1.0", "/data/db", 1, false)));

        assertTrue(result.ok());
        assertEquals("Base de données", result.subject());
        assertEquals("Apache Derby 10.17.1.0, schéma v1, /data/db", result.detail());
    }

    @Test
    void noStoreMeansTheDatabaseDidNotStart() {
        HealthResult result = DatabaseCheck.run(null);

        assertFalse(result.ok());
        assertTrue(result.detail().startsWith("La base de données n'est pas démarrée."), result.detail());
    }

    @Test
    void aStoreThatDoesNotAnswerIsReported() {
        HealthResult result = DatabaseCheck.run(stub(false, null));

        assertFalse(result.ok());
        assertTrue(result.detail().startsWith("La base de données ne répond pas."), result.detail());
    }

    @Test
    void anErrorIsAResultNotAnException() {
        HealthResult result = DatabaseCheck.run(stub(true, null));

        assertFalse(result.ok());
        assertTrue(result.detail().contains("disk on fire"), result.detail());
    }
}
