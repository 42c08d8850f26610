package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practice;

/** Commit, rollback on a failure in the middle, and the limits of a transaction. */
class TransactionTest {

    @TempDir
    Path data;

    private StoreEngine store;

    @BeforeEach
    void open() {
        store = TestStores.open(data);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long patients() {
        return store.inTransaction(tx -> tx.repository(Patient.class).count());
    }

    @Test
    void aFailureInTheMiddleRollsBackEverythingTheWorkWrote() {
        Practice practice = Samples.practice();
        Patient first = Samples.patient(practice, "Martin", "Paul", "1750575123456");
        Patient second = Samples.patient(practice, "Durand", "Anne", "2760575123456");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.inTransaction(tx -> {
            tx.repository(Practice.class).insert(practice);
            tx.repository(Patient.class).insert(first);
            tx.putSetting("demo.seeded", "yes");
            tx.repository(Patient.class).insert(second);
            throw new IllegalStateException("disk full in the middle");
        }));

        assertEquals("disk full in the middle", e.getMessage(), "the work's exception comes out unchanged");
        assertEquals(0, patients());
        assertEquals(0, store.inTransaction(tx -> tx.repository(Practice.class).count()));
        assertTrue(store.inTransaction(tx -> tx.setting("demo.seeded")).isEmpty());
        assertTrue(store.inTransaction(tx -> tx.recentAudit(10)).isEmpty(), "no audit row of a rolled back change");
        // the objects are as before the transaction, so the same work can be retried
        assertEquals(0, practice.getId());
        assertEquals(0, first.getId());
        assertEquals(0, first.getVersion());
        assertEquals(0, first.getBeneficiaries().get(0).getAmoCoverages().get(0).getId());

        store.inTransaction(tx -> {
            tx.repository(Practice.class).insert(practice);
            tx.repository(Patient.class).insert(first);
            return tx.repository(Patient.class).insert(second);
        });
        assertEquals(2, patients());
    }

    @Test
    void aDatabaseErrorInTheMiddleRollsBackToo() {
        Patient ok = Samples.patient(null, "Martin", "Paul", "1750575123456");
        Patient tooLong = Samples.patient(null, "X".repeat(300), "Anne", "2760575123456");

        assertThrows(org.openfse.core.store.StoreException.class, () -> store.inTransaction(tx -> {
            tx.repository(Patient.class).insert(ok);
            return tx.repository(Patient.class).insert(tooLong);
        }));

        assertEquals(0, patients());
        assertEquals(0, ok.getId());
    }

    @Test
    void rollbackOnlyDiscardsTheWorkWithoutThrowing() {
        Patient patient = Samples.patient(null, "Martin", "Paul", "1750575123456");

        long id = store.inTransaction(tx -> {
            long inserted = tx.repository(Patient.class).insert(patient);
            tx.setRollbackOnly();
            return inserted;
        });

        assertTrue(id > 0);
        assertEquals(0, patients());
        assertEquals(0, patient.getId());
    }

    @Test
    void transactionsAreNotNestedAndEndWithTheirWork() {
        AtomicReference<Transaction> kept = new AtomicReference<>();
        IllegalStateException nested = assertThrows(IllegalStateException.class,
                () -> store.inTransaction(tx -> store.inTransaction(inner -> 1)));
        assertTrue(nested.getMessage().contains("not nested"), nested.getMessage());

        store.inTransaction(tx -> {
            kept.set(tx);
            return null;
        });
        assertThrows(IllegalStateException.class, () -> kept.get().repository(Patient.class));
    }

    @Test
    void theActorIsWhoTheCallerSaysOrTheSystemUser() {
        assertEquals("991000001", store.inTransaction("991000001", Transaction::actor));
        assertEquals(StoreEngine.defaultActor(), store.inTransaction(Transaction::actor));
        assertEquals(StoreEngine.defaultActor(), store.inTransaction("  ", Transaction::actor));
    }

    @Test
    void withinATransactionAnAggregateIsReadOnce() {
        long id = store.inTransaction(tx -> tx.repository(Patient.class).insert(Samples.patient(null, "Martin", "Paul", "1750575123456")));
        store.inTransaction(tx -> {
            assertSame(tx.repository(Patient.class).get(id), tx.repository(Patient.class).get(id));
            return null;
        });
    }
}
