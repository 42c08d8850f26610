package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.store.ConcurrentUpdateException;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.Patient;

/**
 * Two users edit the same folder: each read it in its own transaction (as two windows or two
 * workstations do); the first to save wins, the second gets a conflict and nothing of its
 * transaction is written.
 */
class OptimisticLockTest {

    @TempDir
    Path data;

    private StoreEngine store;
    private long id;

    @BeforeEach
    void open() {
        store = TestStores.open(data);
        id = store.inTransaction(tx -> tx.repository(Patient.class).insert(Samples.patient(null, "Martin", "Paul", "1750575123456")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Patient read() {
        return store.inTransaction(tx -> tx.repository(Patient.class).get(id));
    }

    @Test
    void theSecondOfTwoConcurrentUpdatesIsRefusedWithAFrenchMessage() {
        Patient alice = read();
        Patient bob = read();
        alice.setComment("Alice");
        bob.setComment("Bob");

        store.inTransaction("alice", tx -> {
            tx.repository(Patient.class).update(alice);
            return null;
        });
        Concentrator sideEffect = Samples.concentrator(null);
        ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class, () -> store.inTransaction("bob", tx -> {
            tx.repository(Concentrator.class).insert(sideEffect);
            tx.repository(Patient.class).update(bob);
            return null;
        }));

        assertEquals("Conflit de modification : quelqu'un d'autre (un autre poste ou une autre fenêtre) a enregistré des "
                + "changements sur le dossier patient n° " + id + " depuis son ouverture ici. Les vôtres ne sont pas "
                + "enregistrés : rechargez le dossier patient pour voir la version actuelle, puis refaites vos changements.",
                e.getLocalizedMessage());
        assertEquals("Patient", e.entity());
        assertEquals(id, e.id());
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.storedVersion());
        assertEquals("Alice", read().getComment());
        assertEquals(2, read().getVersion());
        assertEquals(1, bob.getVersion(), "bob's object is unchanged: he reloads and edits again");
        assertEquals(0, sideEffect.getId());
        assertEquals(0, store.inTransaction(tx -> tx.repository(Concentrator.class).count()), "bob's whole transaction rolled back");

        Patient again = read();
        again.setComment("Bob, after reloading");
        store.inTransaction("bob", tx -> {
            tx.repository(Patient.class).update(again);
            return null;
        });
        assertEquals(3, read().getVersion());
    }

    @Test
    void updatingOrDeletingAFolderSomebodyDeletedIsAConflictToo() {
        Patient kept = read();
        store.inTransaction(tx -> {
            tx.repository(Patient.class).delete(tx.repository(Patient.class).get(id));
            return null;
        });

        ConcurrentUpdateException update = assertThrows(ConcurrentUpdateException.class, () -> store.inTransaction(tx -> {
            tx.repository(Patient.class).update(kept);
            return null;
        }));
        assertEquals(0, update.storedVersion());
        assertEquals("Conflit de modification : quelqu'un d'autre (un autre poste ou une autre fenêtre) a supprimé le "
                + "dossier patient n° " + id + " depuis son ouverture ici. Vos changements ne sont pas enregistrés.",
                update.getLocalizedMessage());
        assertThrows(ConcurrentUpdateException.class, () -> store.inTransaction(tx -> {
            tx.repository(Patient.class).delete(kept);
            return null;
        }));
    }

    @Test
    void aDeleteOfAFolderChangedSinceItWasReadIsRefused() {
        Patient old = read();
        Patient fresh = read();
        fresh.setComment("changed");
        store.inTransaction(tx -> {
            tx.repository(Patient.class).update(fresh);
            return null;
        });

        assertThrows(ConcurrentUpdateException.class, () -> store.inTransaction(tx -> {
            tx.repository(Patient.class).delete(old);
            return null;
        }));
        assertEquals("changed", read().getComment());
    }
}
