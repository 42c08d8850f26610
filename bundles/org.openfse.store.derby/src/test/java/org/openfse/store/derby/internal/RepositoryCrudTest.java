package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.Money;
import org.openfse.core.store.Repository;
import org.openfse.core.store.StoreException;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Payment;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.ReturnFile;

/** Create, read, update and delete of every aggregate type, on a real embedded Derby. */
class RepositoryCrudTest {

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

    /** One of each aggregate, linked as in a real practice, inserted in one transaction. */
    private Map<Class<?>, EObject> insertWorld() {
        return store.inTransaction("test", tx -> {
            Practice practice = Samples.practice();
            Concentrator concentrator = Samples.concentrator(practice);
            Practitioner practitioner = Samples.practitioner(practice, concentrator);
            Patient patient = Samples.patient(practice, "Dupont", "Élodie", "2800575123456");
            Lot lot = Samples.lot(practitioner, concentrator);
            Invoice invoice = Samples.invoice254(practitioner, patient.getBeneficiaries().get(0), lot);
            Payment payment = Samples.payment(practitioner, invoice);
            ReturnFile returnFile = Samples.returnFile(practitioner, payment, invoice);
            Map<Class<?>, EObject> world = new LinkedHashMap<>();
            world.put(Practice.class, practice);
            world.put(Concentrator.class, concentrator);
            world.put(Practitioner.class, practitioner);
            world.put(Patient.class, patient);
            world.put(Lot.class, lot);
            world.put(Invoice.class, invoice);
            world.put(Payment.class, payment);
            world.put(ReturnFile.class, returnFile);
            for (Map.Entry<Class<?>, EObject> e : world.entrySet()) {
                insert(tx.repository(e.getKey()), e.getValue());
            }
            return world;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> long insert(Repository<T> repository, Object object) {
        return repository.insert((T) object);
    }

    private String json(EObject object) {
        return AuditJson.of(store.mapping(), store.mapping().roots().get(object.eClass()), object);
    }

    @Test
    void theStoreServesEveryAggregateOfTheModel() {
        assertEquals(java.util.Set.of(Practice.class, Practitioner.class, Patient.class, Invoice.class, Lot.class,
                ReturnFile.class, Payment.class, Concentrator.class), store.aggregateTypes());
    }

    @Test
    void everyAggregateReadsBackAttributeForAttribute() {
        Map<Class<?>, EObject> world = insertWorld();
        Map<Class<?>, String> written = new LinkedHashMap<>();
        world.forEach((type, object) -> written.put(type, json(object)));

        store.inTransaction(tx -> {
            for (Map.Entry<Class<?>, EObject> e : world.entrySet()) {
                long id = Proxies.idOf(store.mapping(), e.getValue());
                EObject read = (EObject) tx.repository(e.getKey()).get(id);
                assertNotSame(e.getValue(), read);
                assertEquals(written.get(e.getKey()), json(read), e.getKey().getSimpleName());
                assertEquals(1L, tx.repository(e.getKey()).count(), e.getKey().getSimpleName());
            }
            return null;
        });
        // spot checks of the JSON itself (so that an empty JSON would not pass)
        String invoice = written.get(Invoice.class);
        assertTrue(invoice.contains("\"totalFees\":\"415.00\""), invoice);
        assertTrue(invoice.contains("\"actCode\":\"M03\""), invoice);
        assertTrue(invoice.contains("\"coefficient\":\"1.5\""), invoice);
        String patient = written.get(Patient.class);
        assertTrue(patient.contains("\"birthDate\":\"20161332\""), "lunar birth date kept as text: " + patient);
        assertTrue(patient.contains("\"rightsPeriods\":\"2025-05-29/2026-05-28;2026-05-29/\""), patient);
        assertTrue(written.get(Practitioner.class).contains("\"cps.serialNumber\":\"0123456789\""));
    }

    @Test
    void idsAndVersionsAreGivenOnInsert() {
        Map<Class<?>, EObject> world = insertWorld();
        Patient patient = (Patient) world.get(Patient.class);
        assertTrue(patient.getId() > 0);
        assertEquals(1, patient.getVersion());
        assertTrue(patient.getInsured().getId() > 0);
        assertTrue(patient.getBeneficiaries().get(1).getAmcCoverages().get(0).getAttestation().getId() > 0);
        Invoice invoice = (Invoice) world.get(Invoice.class);
        assertEquals(3, invoice.getLines().stream().map(InvoiceLine::getId).distinct().count());
    }

    @Test
    void referencesToOtherAggregatesAreStandInsThatResolve() {
        Map<Class<?>, EObject> world = insertWorld();
        long invoiceId = ((Invoice) world.get(Invoice.class)).getId();
        Beneficiary written = ((Patient) world.get(Patient.class)).getBeneficiaries().get(0);

        store.inTransaction(tx -> {
            Invoice invoice = tx.repository(Invoice.class).get(invoiceId);
            Beneficiary standIn = invoice.getBeneficiary();
            assertTrue(standIn.eIsProxy());
            assertEquals(written.getId(), standIn.getId());
            assertTrue(invoice.getPractitioner().eIsProxy(), "the container practitioner is a stand-in too");
            assertEquals(((Practitioner) world.get(Practitioner.class)).getId(), invoice.getPractitioner().getId());

            Beneficiary real = tx.resolve(standIn);
            assertFalse(real.eIsProxy());
            assertEquals("Dupont", real.getLastName());
            assertEquals(written.getId(), real.getId());
            assertSame(real, tx.resolve(standIn), "one object per id within a transaction");
            assertEquals(written.getPrescriptions().get(0).getId(), tx.resolve(invoice.getPrescription()).getId());

            Lot lot = tx.repository(Lot.class).get(((Lot) world.get(Lot.class)).getId());
            assertEquals(List.of(invoiceId), lot.getInvoices().stream().map(Invoice::getId).toList(),
                    "Lot.invoices is read from the invoices' lot");
            ReturnFile file = tx.repository(ReturnFile.class).get(((ReturnFile) world.get(ReturnFile.class)).getId());
            assertEquals(((Payment) world.get(Payment.class)).getId(), file.getPayments().get(0).getId());
            return null;
        });
    }

    @Test
    void anUpdateKeepsTheIdsOfKeptChildrenAndDropsRemovedOnes() {
        Map<Class<?>, EObject> world = insertWorld();
        Invoice written = (Invoice) world.get(Invoice.class);
        long firstLine = written.getLines().get(0).getId();
        long lastLine = written.getLines().get(2).getId();

        store.inTransaction(tx -> {
            Invoice invoice = tx.repository(Invoice.class).get(written.getId());
            invoice.getLines().remove(1);
            invoice.getLines().add(Samples.line("S01", null, "10.00", "0.00", "0.00", "0.00", "10.00"));
            invoice.setTotalFees(Money.parse("322.00"));
            tx.repository(Invoice.class).update(invoice);
            assertEquals(2, invoice.getVersion());
            return null;
        });

        store.inTransaction(tx -> {
            Invoice invoice = tx.repository(Invoice.class).get(written.getId());
            assertEquals(List.of("VU3", "M03", "S01"), invoice.getLines().stream().map(InvoiceLine::getActCode).toList());
            assertEquals(firstLine, invoice.getLines().get(0).getId());
            assertEquals(lastLine, invoice.getLines().get(1).getId());
            assertNotEquals(0, invoice.getLines().get(2).getId());
            assertEquals(Money.parse("322.00"), invoice.getTotalFees());
            assertEquals(2, invoice.getVersion());
            return null;
        });
        assertEquals(3, count("SELECT COUNT(*) FROM INVOICE_LINE"));
    }

    @Test
    void aDeleteRemovesTheAggregateAndEverythingItContains() {
        Map<Class<?>, EObject> world = insertWorld();
        ReturnFile file = (ReturnFile) world.get(ReturnFile.class);
        Payment payment = (Payment) world.get(Payment.class);

        store.inTransaction(tx -> {
            tx.repository(ReturnFile.class).delete(tx.repository(ReturnFile.class).get(file.getId()));
            Payment p = tx.repository(Payment.class).get(payment.getId());
            tx.repository(Payment.class).delete(p);
            assertEquals(0, p.getId(), "a deleted object is no longer stored");
            return null;
        });

        store.inTransaction(tx -> {
            assertTrue(tx.repository(ReturnFile.class).find(file.getId()).isEmpty());
            assertTrue(tx.repository(Payment.class).find(payment.getId()).isEmpty());
            return null;
        });
        assertEquals(0, count("SELECT COUNT(*) FROM PAYMENT_LINE"));
        assertEquals(0, count("SELECT COUNT(*) FROM RETENUE"));
        assertEquals(0, count("SELECT COUNT(*) FROM REJECT"));
        assertEquals(0, count("SELECT COUNT(*) FROM RETURN_FILE_PAYMENT"));
    }

    @Test
    void aPatientStillBilledCannotBeDeletedAndNothingChanges() {
        Map<Class<?>, EObject> world = insertWorld();
        Patient patient = (Patient) world.get(Patient.class);

        StoreException e = assertThrows(StoreException.class, () -> store.inTransaction(tx -> {
            tx.repository(Patient.class).delete(tx.repository(Patient.class).get(patient.getId()));
            return null;
        }));

        assertEquals("Suppression impossible : cet élément est encore utilisé ailleurs (par exemple par une facture).",
                e.getLocalizedMessage());
        store.inTransaction(tx -> {
            Patient again = tx.repository(Patient.class).get(patient.getId());
            assertEquals(2, again.getBeneficiaries().size());
            assertEquals(1, again.getVersion());
            return null;
        });
    }

    @Test
    void misuseIsRefusedClearly() {
        Map<Class<?>, EObject> world = insertWorld();
        Patient stored = (Patient) world.get(Patient.class);
        store.inTransaction(tx -> {
            Repository<Patient> patients = tx.repository(Patient.class);
            assertThrows(IllegalArgumentException.class, () -> patients.insert(stored), "already stored");
            assertThrows(IllegalArgumentException.class, () -> patients.update(Samples.patient(null, "A", "B", "1800575123456")));
            assertThrows(IllegalArgumentException.class, () -> tx.repository(String.class));
            StoreException missing = assertThrows(StoreException.class, () -> patients.get(987654321L));
            assertEquals("Introuvable dans la base : le dossier patient n° 987654321 (supprimé depuis ?).",
                    missing.getLocalizedMessage());
            Invoice orphan = Samples.invoice254(null, Samples.patient(null, "X", "Y", "1800575123456").getBeneficiaries().get(0), null);
            IllegalArgumentException unstored = assertThrows(IllegalArgumentException.class,
                    () -> tx.repository(Invoice.class).insert(orphan));
            assertTrue(unstored.getMessage().contains("Invoice.beneficiary refers to a Beneficiary that is not stored yet"),
                    unstored.getMessage());
            return null;
        });
    }

    private long count(String sql) {
        return store.inTransaction(tx -> {
            try (var rs = ((DerbyTransaction) tx).prepare(sql).executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
