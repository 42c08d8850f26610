package org.openfse.billing.tests;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.openfse.core.Money;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.store.Store;
import org.openfse.core.tariff.ActLine;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Justification;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.Prescription;
import org.openfse.model.meta.OpenfseFactory;

/** Shared steps of the billing integration tests: the demo store, folders made from cards, optical lines. */
final class Fixtures {

    /** The optician of the demo CPS card (org.openfse.card.demo) and of the demo data (store.derby). */
    static final String OPTICIAN_PS = "991000001";

    private static final OpenfseFactory F = OpenfseFactory.eINSTANCE;
    private static final Duration POLL = Duration.ofMillis(20);

    private Fixtures() {
    }

    /** Waits (with a timeout, no sleep) until the demo data is seeded, and returns the optician's id. */
    static long optician(Store store) {
        waitUntil(Duration.ofSeconds(30), () -> store.inTransaction("test",
                tx -> !tx.repository(Practitioner.class).findBy("psNumber", OPTICIAN_PS).isEmpty()));
        return store.inTransaction("test",
                tx -> tx.repository(Practitioner.class).findBy("psNumber", OPTICIAN_PS).get(0).getId());
    }

    static void waitUntil(Duration timeout, BooleanSupplier condition) {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            // poll interval between checks of the condition, not a fixed delay
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /**
     * Stores the folder of a Vitale card as read: the insured person and each beneficiary with the
     * card's AMO rights, and a prescription for each (the given date, prescriber 991000696 of seed 002).
     *
     * @return the stored folder's id
     */
    static long folderFromCard(Store store, VitaleCard card, LocalDate prescribed) {
        return store.inTransaction("test", tx -> {
            Patient folder = F.createPatient();
            folder.setCardSerial(card.serial());
            folder.setCreatedAt(Instant.now());
            Insured insured = F.createInsured();
            org.openfse.core.card.Beneficiary first = card.beneficiaries().get(0);
            insured.setLastName(first.lastName());
            insured.setFirstName(first.firstName());
            insured.setNir(card.insuredNir().body());
            insured.setNirKey(String.format("%02d", card.insuredNir().key()));
            insured.setBirthDate(first.birthDate());
            folder.setInsured(insured);
            for (org.openfse.core.card.Beneficiary read : card.beneficiaries()) {
                Beneficiary b = F.createBeneficiary();
                b.setLastName(read.lastName());
                b.setFirstName(read.firstName());
                b.setBirthDate(read.birthDate());
                b.setBirthRank(read.birthRank());
                b.setQuality(read.quality());
                read.nir().ifPresent(nir -> {
                    b.setNir(nir.body());
                    b.setNirKey(String.format("%02d", nir.key()));
                });
                AmoCoverage amo = F.createAmoCoverage();
                amo.setRegime(read.amoRegime());
                amo.setCaisse(read.amoFund());
                amo.setCentre(read.amoCentre());
                amo.setSource(RightsStatus.Source.CARD);
                amo.setJustification(Justification.VITALE_CARD);
                amo.getRightsPeriods().addAll(read.rights());
                b.getAmoCoverages().add(amo);
                Prescription prescription = F.createPrescription();
                prescription.setDate(prescribed);
                prescription.setPrescriberPsNumber("991000696");
                prescription.setPrescriberName("DOCTEUR TEST");
                b.getPrescriptions().add(prescription);
                folder.getBeneficiaries().add(b);
            }
            return tx.repository(Patient.class).insert(folder);
        });
    }

    /** A beneficiary of a stored folder, by first name. */
    static Beneficiary beneficiary(Store store, long patientId, String firstName) {
        return store.inTransaction("test", tx -> tx.repository(Patient.class).get(patientId).getBeneficiaries().stream()
                .filter(b -> firstName.equals(b.getFirstName())).findFirst().orElseThrow());
    }

    /** Seed 002, invoice 254: VU3 103.00 twice and M03 209.00 with their LPP codes. */
    static List<ActLine> seed254Lines() {
        return List.of(optics("VU3", "7230795", "103.00"), optics("VU3", "7230795", "103.00"),
                optics("M03", "7211674", "209.00"));
    }

    static ActLine optics(String code, String lpp, String price) {
        return new ActLine(code, Optional.of(lpp), 1, Optional.of(Money.parse(price)), BigDecimal.ONE);
    }
}
