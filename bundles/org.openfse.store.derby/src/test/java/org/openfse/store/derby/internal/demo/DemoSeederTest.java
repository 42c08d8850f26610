package org.openfse.store.derby.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.store.PageRequest;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Person;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.store.derby.internal.OpenStores;

/** The demo data: one practice, three practitioners, about 50 folders, seeded once. */
class DemoSeederTest {

    @TempDir
    Path dir;

    /** The NIR key rule of DOMAIN.md, written here: 97 - (NIR mod 97), 2A → 19 and 2B → 18. */
    private static int key(String body) {
        String numeric = body.replace("2A", "19").replace("2B", "18");
        return 97 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
    }

    @Test
    void aPracticeWithAnOpticianANurseAndADoctorAndFiftyFolders() {
        try (OpenStores.ClosableStore store = OpenStores.open(dir)) {
            assertTrue(new DemoSeeder().seedOnce(store));

            store.inTransaction(tx -> {
                assertEquals(1, tx.repository(Practice.class).count());
                List<Practitioner> practitioners = tx.repository(Practitioner.class).page(PageRequest.first(10).sortedBy("psNumber", false)).items();
                assertEquals(List.of("optician", "nurse", "doctor"), practitioners.stream().map(Practitioner::getProfession).toList());
                assertEquals(List.of("64", "24", "01"), practitioners.stream().map(Practitioner::getSpecialty).toList(),
                        "IR_ACT_V 64 optique médicale, 24 infirmier; IR_SPE_V 01 médecine générale");
                assertEquals("991000001", practitioners.get(0).getPsNumber(), "the practitioner of the demo CPS card");
                List<Patient> folders = tx.repository(Patient.class).page(PageRequest.first(100)).items();
                assertEquals(50, folders.size());
                Set<String> departments = new TreeSet<>();
                int beneficiaries = 0;
                for (Patient folder : folders) {
                    Person insured = folder.getInsured();
                    assertEquals(key(insured.getNir()), Integer.parseInt(insured.getNirKey()), insured.getNir());
                    assertEquals(insured.getBirthDate().substring(2, 4), insured.getNir().substring(1, 3), "year of birth in the NIR");
                    departments.add(insured.getNir().substring(5, 7));
                    assertEquals("00", folder.getBeneficiaries().get(0).getQuality());
                    for (Beneficiary b : folder.getBeneficiaries()) {
                        assertFalse(b.getAmoCoverages().isEmpty());
                        beneficiaries++;
                    }
                    assertEquals(practice(tx), folder.eContainer() == null ? -1 : ((Practice) folder.eContainer()).getId());
                }
                assertTrue(departments.contains("2A"), "Corsican NIRs too: " + departments);
                assertTrue(beneficiaries > 50, "some folders have a spouse or children: " + beneficiaries);
                return null;
            });
        }
    }

    private static long practice(org.openfse.core.store.Transaction tx) {
        return tx.repository(Practice.class).page(PageRequest.first(1)).items().get(0).getId();
    }

    @Test
    void seedingTwiceSeedsOnce() {
        try (OpenStores.ClosableStore store = OpenStores.open(dir)) {
            assertTrue(new DemoSeeder().seedOnce(store));
            assertFalse(new DemoSeeder().seedOnce(store));
            assertEquals(50, store.inTransaction(tx -> tx.repository(Patient.class).count()));
            assertTrue(store.inTransaction(tx -> tx.setting(DemoSeeder.SEEDED)).isPresent());
        }
    }

    @Test
    void theModeDecides() {
        assertTrue(DemoData.isDemo(null));
        assertTrue(DemoData.isDemo("demo"));
        assertTrue(DemoData.isDemo(" DEMO "));
        assertFalse(DemoData.isDemo("production"));
    }
}
