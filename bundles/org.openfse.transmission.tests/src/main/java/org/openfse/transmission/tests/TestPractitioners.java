package org.openfse.transmission.tests;

import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Store;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.PractitionerSettings;
import org.openfse.model.meta.OpenfseFactory;

/** A nurse of the demo practice created for one test, so that its lot numbering starts fresh. */
final class TestPractitioners {

    private TestPractitioners() {
    }

    /** A PS number no earlier run used (the data folder of target/ outlives a run): 98 and 7 digits. */
    static String freshPsNumber() {
        return String.format("98%07d", (System.currentTimeMillis() / 10) % 10_000_000);
    }

    static void nurse(Store store, String psNumber, int nextLotNumber) {
        store.inTransaction("test", tx -> {
            if (!tx.repository(Practitioner.class).findBy("psNumber", psNumber).isEmpty()) {
                throw new IllegalStateException("practitioner " + psNumber + " exists already");
            }
            Practice practice = tx.repository(Practice.class).page(PageRequest.first(1)).items().get(0);
            Practitioner p = OpenfseFactory.eINSTANCE.createPractitioner();
            p.setPsNumber(psNumber);
            p.setLastName("Test");
            p.setFirstName("Lots");
            p.setSpecialty("24");
            p.setProfession("nurse");
            p.setConventionCode("1");
            p.setTariffZone("metro");
            PractitionerSettings settings = OpenfseFactory.eINSTANCE.createPractitionerSettings();
            settings.setNextLotNumber(nextLotNumber);
            p.setSettings(settings);
            practice.getPractitioners().add(p);
            tx.repository(Practitioner.class).insert(p);
            return null;
        });
    }
}
