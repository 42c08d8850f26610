package org.openfse.ui.internal.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.core.tariff.RenewalIndicator;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Justification;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Prescription;
import org.openfse.model.meta.OpenfseFactory;

/**
 * Finds the stored patient folder of a beneficiary read on a Vitale card (by the card serial, then
 * by the insured's NIR), and creates it, or adds the beneficiary to it, when it is missing; adds
 * the prescription the invoice follows. Returns the store ids the billing service needs.
 */
public final class CardFolders {

    /** Store ids of a folder, a beneficiary in it and the prescription of the invoice. */
    public record Ids(long patientId, long beneficiaryId, OptionalLong prescriptionId) {
    }

    /** The prescription the acts follow. */
    public record PrescriptionInput(LocalDate date, Optional<RenewalIndicator> renewal, String prescriber) {
    }

    private final OpenfseFactory factory = OpenfseFactory.eINSTANCE;

    public Ids resolve(Store store, String actor, VitaleCard card, Beneficiary chosen, Optional<PrescriptionInput> prescription) {
        return store.inTransaction(actor, tx -> {
            Repository<Patient> patients = tx.repository(Patient.class);
            Optional<Patient> found = patients.findBy("cardSerial", card.serial()).stream().findFirst()
                    .or(() -> patients.findBy("nir", card.insuredNir().body()).stream().findFirst());
            Patient folder = found.orElseGet(() -> newFolder(card));
            org.openfse.model.api.Beneficiary beneficiary = folder.getBeneficiaries().stream()
                    .filter(b -> same(b, chosen)).findFirst().orElse(null);
            boolean changed = found.isEmpty();
            if (beneficiary == null) {
                beneficiary = newBeneficiary(chosen);
                folder.getBeneficiaries().add(beneficiary);
                changed = true;
            }
            folder.setCardReadAt(Instant.now());
            Prescription usedPrescription = null;
            if (prescription.isPresent()) {
                PrescriptionInput input = prescription.get();
                for (Prescription existing : beneficiary.getPrescriptions()) {
                    if (input.date().equals(existing.getDate()) && input.renewal().orElse(null) == existing.getType()) {
                        usedPrescription = existing;
                    }
                }
                if (usedPrescription == null) {
                    usedPrescription = factory.createPrescription();
                    usedPrescription.setDate(input.date());
                    usedPrescription.setType(input.renewal().orElse(null));
                    if (!input.prescriber().isBlank()) {
                        usedPrescription.setPrescriberName(input.prescriber());
                    }
                    beneficiary.getPrescriptions().add(usedPrescription);
                    changed = true;
                }
            }
            if (found.isEmpty()) {
                patients.insert(folder);
            } else if (changed) {
                patients.update(folder);
            }
            return new Ids(patients.idOf(folder), beneficiary.getId(),
                    usedPrescription == null ? OptionalLong.empty() : OptionalLong.of(usedPrescription.getId()));
        });
    }

    private static boolean same(org.openfse.model.api.Beneficiary stored, Beneficiary read) {
        return read.lastName().equalsIgnoreCase(nullToEmpty(stored.getLastName()))
                && read.firstName().equalsIgnoreCase(nullToEmpty(stored.getFirstName()))
                && read.birthDate().equals(stored.getBirthDate()) && read.birthRank() == stored.getBirthRank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private Patient newFolder(VitaleCard card) {
        Patient folder = factory.createPatient();
        folder.setCreatedAt(Instant.now());
        folder.setCardSerial(card.serial());
        Insured insured = factory.createInsured();
        Beneficiary holder = card.beneficiaries().stream().filter(Beneficiary::isInsured).findFirst().orElse(card.beneficiaries().get(0));
        insured.setLastName(holder.lastName());
        insured.setFirstName(holder.firstName());
        insured.setBirthDate(holder.birthDate());
        insured.setNir(card.insuredNir().body());
        insured.setNirKey(String.format("%02d", card.insuredNir().key()));
        folder.setInsured(insured);
        return folder;
    }

    private org.openfse.model.api.Beneficiary newBeneficiary(Beneficiary read) {
        org.openfse.model.api.Beneficiary b = factory.createBeneficiary();
        b.setLastName(read.lastName());
        b.setFirstName(read.firstName());
        b.setBirthDate(read.birthDate());
        b.setBirthRank(read.birthRank());
        b.setQuality(read.quality());
        read.nir().ifPresent(nir -> {
            b.setNir(nir.body());
            b.setNirKey(String.format("%02d", nir.key()));
        });
        AmoCoverage amo = factory.createAmoCoverage();
        amo.setRegime(read.amoRegime());
        amo.setCaisse(read.amoFund());
        amo.setCentre(read.amoCentre());
        amo.setSource(org.openfse.core.rights.RightsStatus.Source.CARD);
        amo.setJustification(Justification.VITALE_CARD);
        List<Period> rights = read.rights();
        amo.getRightsPeriods().addAll(rights);
        b.getAmoCoverages().add(amo);
        return b;
    }
}
