package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Nir;
import org.openfse.core.store.Page;
import org.openfse.core.store.PageRequest;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;

/** Sorted, filtered pages and lookups, done in the database. */
class PagingTest {

    @TempDir
    static Path data;

    private static StoreEngine store;

    /** Folder names, out of order; NIR bodies chosen here, keys from the NIR rule. */
    private static final String[][] PEOPLE = {
        {"Zola", "Émile", "1400275123001"}, {"Élouard", "Anne", "2850575123002"}, {"dupont", "Jean", "1800575123003"},
        {"Dupont-Aignan", "Marie", "2900575123004"}, {"Bernard", "Élise", "2700575123005"},
    };

    @BeforeAll
    static void fill() {
        store = TestStores.open(data);
        store.inTransaction(tx -> {
            Practitioner practitioner = Samples.practitioner(null, null);
            practitioner.getSettings().setConcentrator(null);
            tx.repository(Practitioner.class).insert(practitioner);
            for (String[] person : PEOPLE) {
                Patient patient = Samples.patient(null, person[0], person[1], person[2]);
                tx.repository(Patient.class).insert(patient);
            }
            Patient first = tx.repository(Patient.class).findBy("nir", PEOPLE[0][2]).get(0);
            for (int n = 1; n <= 120; n++) {
                Invoice invoice = Samples.invoice254(practitioner, first.getBeneficiaries().get(0), null);
                invoice.setNumber(new InvoiceNumber(1000 + (n * 37) % 120));
                tx.repository(Invoice.class).insert(invoice);
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> names(Page<Patient> page) {
        return page.items().stream().map(p -> p.getInsured().getLastName()).toList();
    }

    @Test
    void patientsAreSortedByNameIgnoringCaseAndAccents() {
        Page<Patient> page = store.inTransaction(tx -> tx.repository(Patient.class).page(PageRequest.first(10)));

        assertEquals(5, page.total());
        assertEquals(List.of("Bernard", "dupont", "Dupont-Aignan", "Élouard", "Zola"), names(page));
        Page<Patient> desc = store.inTransaction(tx -> tx.repository(Patient.class).page(PageRequest.first(2).sortedBy("name", true)));
        assertEquals(List.of("Zola", "Élouard"), names(desc));
    }

    @Test
    void theSearchMatchesNamesWithoutAccentsAndNirPrefixes() {
        assertEquals(List.of("dupont", "Dupont-Aignan"), names(search("DUP")));
        assertEquals(List.of("Élouard"), names(search("elou")));
        assertEquals(List.of("Zola"), names(search("émile")), "a first name matches too");
        assertEquals(List.of("Bernard"), names(search("ELI")), "Élise, a first name");
        assertEquals(List.of("Dupont-Aignan"), names(search("29005")));
        assertEquals(List.of("Zola"), names(search("1 40 02 75")), "spaces in a typed NIR are ignored");
        assertEquals(0, search("Nobody").total());
    }

    private static Page<Patient> search(String text) {
        return store.inTransaction(tx -> tx.repository(Patient.class).page(PageRequest.first(10).matching(text)));
    }

    @Test
    void aPatientIsFoundByTheNirOfItsInsuredOrOfABeneficiary() {
        String nir15 = PEOPLE[3][2] + String.format("%02d", Nir.keyOf(PEOPLE[3][2]));
        assertEquals(List.of("Dupont-Aignan"), store.inTransaction(tx -> tx.repository(Patient.class).findBy("nir", nir15))
                .stream().map(p -> p.getInsured().getLastName()).toList());
        assertEquals(1, store.inTransaction(tx -> tx.repository(Patient.class).findBy("cardSerial", "VIT290057")).size());
    }

    @Test
    void invoicesComeInPagesSortedByNumberInBothDirections() {
        Page<Invoice> first = store.inTransaction(tx -> tx.repository(Invoice.class).page(PageRequest.first(50)));
        Page<Invoice> third = store.inTransaction(tx -> tx.repository(Invoice.class).page(new PageRequest(100, 50, "number", false, null)));
        Page<Invoice> last = store.inTransaction(tx -> tx.repository(Invoice.class).page(PageRequest.first(3).sortedBy("number", true)));

        assertEquals(120, first.total());
        assertEquals(50, first.items().size());
        assertEquals(1000, first.items().get(0).getNumber().value());
        assertEquals(1049, first.items().get(49).getNumber().value());
        assertEquals(20, third.items().size());
        assertEquals(1119, third.items().get(19).getNumber().value());
        assertEquals(List.of(1119, 1118, 1117), last.items().stream().map(i -> i.getNumber().value()).toList());
        assertEquals(3, first.items().get(0).getLines().size(), "each invoice comes with its lines");
    }

    @Test
    void invoicesAreFoundByNumberOrPatientName() {
        Page<Invoice> byNumber = store.inTransaction(tx -> tx.repository(Invoice.class).page(PageRequest.first(10).matching("1042")));
        assertEquals(List.of(1042), byNumber.items().stream().map(i -> i.getNumber().value()).toList());
        assertEquals(120, store.inTransaction(tx -> tx.repository(Invoice.class).page(PageRequest.first(10).matching("zola"))).total());
        assertEquals(1, store.inTransaction(tx -> tx.repository(Invoice.class).findBy("number", 1042)).size());
        assertEquals(1, store.inTransaction(tx -> tx.repository(Invoice.class).findBy("number", new InvoiceNumber(1042))).size());
        assertEquals(120, store.inTransaction(tx -> tx.repository(Invoice.class).findBy("state", "SECURED")).size());
    }

    @Test
    void unknownKeysAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> store.inTransaction(tx -> tx.repository(Invoice.class).page(PageRequest.first(1).sortedBy("nope", false))));
        assertThrows(IllegalArgumentException.class, () -> store.inTransaction(tx -> tx.repository(Invoice.class).findBy("nope", 1)));
        assertTrue(store.inTransaction(tx -> tx.repository(Invoice.class).sortKeys()).containsAll(List.of("number", "careDate", "patient", "totalFees")));
        assertEquals("number", store.inTransaction(tx -> tx.repository(Invoice.class).sortKeys()).iterator().next());
    }
}
