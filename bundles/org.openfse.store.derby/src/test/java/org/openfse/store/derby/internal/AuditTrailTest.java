package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.store.AuditRecord;
import org.openfse.model.api.Patient;

/** Every state change is recorded with who, when, and the state before and after. */
class AuditTrailTest {

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

    @Test
    void insertUpdateAndDeleteAreRecordedWithWhoWhenBeforeAndAfter() {
        Instant start = Instant.now().minusSeconds(1);
        long id = store.inTransaction("alice", tx -> tx.repository(Patient.class).insert(Samples.patient(null, "Martin", "Paul", "1750575123456")));
        store.inTransaction("bob", tx -> {
            Patient p = tx.repository(Patient.class).get(id);
            p.setComment("Nouveau commentaire");
            p.getInsured().setPhone("0611223344");
            tx.repository(Patient.class).update(p);
            return null;
        });
        store.inTransaction("carol", tx -> {
            tx.repository(Patient.class).delete(tx.repository(Patient.class).get(id));
            return null;
        });

        List<AuditRecord> trail = store.inTransaction(tx -> tx.auditTrail(Patient.class, id));

        assertEquals(List.of("INSERT", "UPDATE", "DELETE"), trail.stream().map(AuditRecord::action).toList());
        assertEquals(List.of("alice", "bob", "carol"), trail.stream().map(AuditRecord::actor).toList());
        for (AuditRecord r : trail) {
            assertEquals("Patient", r.entity());
            assertEquals(String.valueOf(id), r.entityId());
            assertTrue(!r.occurredAt().isBefore(start) && r.occurredAt().isBefore(Instant.now().plus(Duration.ofSeconds(1))),
                    r.occurredAt().toString());
        }
        AuditRecord insert = trail.get(0);
        assertEquals(Optional.empty(), insert.before());
        assertTrue(insert.after().orElseThrow().contains("\"comment\":\"Préfère être appelé le matin\""), insert.after().get());
        assertTrue(insert.after().get().contains("\"version\":1"));
        AuditRecord update = trail.get(1);
        assertEquals(insert.after(), update.before(), "the state before the update is the state the insert wrote");
        assertTrue(update.after().orElseThrow().contains("\"comment\":\"Nouveau commentaire\""));
        assertTrue(update.after().get().contains("\"phone\":\"0611223344\""));
        assertTrue(update.after().get().contains("\"version\":2"));
        AuditRecord delete = trail.get(2);
        assertEquals(update.after(), delete.before());
        assertEquals(Optional.empty(), delete.after());
    }

    @Test
    void settingsAreAuditedAndRecentAuditIsNewestFirst() {
        store.inTransaction("alice", tx -> {
            tx.putSetting("demo.seeded", "2026-11-23");
            return null;
        });
        store.inTransaction("alice", tx -> {
            tx.putSetting("demo.seeded", null);
            return null;
        });

        List<AuditRecord> recent = store.inTransaction(tx -> tx.recentAudit(5));

        assertEquals(2, recent.size());
        assertEquals("DELETE", recent.get(0).action());
        assertEquals("Setting", recent.get(0).entity());
        assertEquals("demo.seeded", recent.get(0).entityId());
        assertEquals(Optional.of("\"2026-11-23\""), recent.get(0).before());
        assertEquals("INSERT", recent.get(1).action());
        assertFalse(store.inTransaction(tx -> tx.setting("demo.seeded")).isPresent());
    }
}
