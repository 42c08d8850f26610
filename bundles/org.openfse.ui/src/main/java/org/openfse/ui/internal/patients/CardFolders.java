package org.openfse.ui.internal.patients;

import java.time.Instant;
import java.util.Locale;
import org.openfse.core.Nir;
import org.openfse.core.card.AmcContract;
import org.openfse.core.card.BeneficiaryDetails;
import org.openfse.core.card.ExemptionPeriod;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.card.WorkAccidentRights;
import org.openfse.core.rights.RightsStatus;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Justification;
import org.openfse.model.api.Patient;
import org.openfse.model.api.WorkAccident;
import org.openfse.model.meta.OpenfseFactory;

/**
 * Turns a Vitale card read into a patient folder: a new folder, or the existing folder of the same
 * insured person brought up to date. The card's AMO data (attachment, rights, exemptions, work
 * accidents) replaces the AMO coverage of each beneficiary found on the card; beneficiaries not
 * yet in the folder are added; nothing else of the folder is removed.
 */
public final class CardFolders {

    private static final OpenfseFactory FACTORY = OpenfseFactory.eINSTANCE;

    private CardFolders() {
    }

    /**
     * @param existing the folder of the same insured person, or {@code null} for a new one (changed in place)
     * @return the folder to edit
     */
    public static Patient fromCard(VitaleCard card, Patient existing, Instant readAt) {
        Patient folder = existing != null ? existing : FACTORY.createPatient();
        folder.setCardSerial(card.serial());
        folder.setCardReadAt(readAt);
        org.openfse.core.card.Beneficiary holder = card.insured();
        Insured insured = folder.getInsured();
        if (insured == null) {
            insured = FACTORY.createInsured();
            folder.setInsured(insured);
            insured.setLastName(holder.lastName());
            insured.setFirstName(holder.firstName());
            insured.setBirthDate(holder.birthDate());
            if (!holder.details().birthName().isEmpty()) {
                insured.setBirthName(holder.details().birthName());
            }
            if (!holder.details().address().isEmpty()) {
                insured.setAddress(String.join("\n", holder.details().address()));
            }
        }
        insured.setNir(card.insuredNir().body());
        insured.setNirKey(String.format(Locale.ROOT, "%02d", card.insuredNir().key()));
        for (org.openfse.core.card.Beneficiary read : card.beneficiaries()) {
            Beneficiary found = folder.getBeneficiaries().stream().filter(b -> same(b, read)).findFirst().orElse(null);
            Beneficiary target = found != null ? found : FACTORY.createBeneficiary();
            if (found == null) {
                folder.getBeneficiaries().add(target);
                target.setLastName(read.lastName());
                target.setFirstName(read.firstName());
                target.setBirthDate(read.birthDate());
                target.setBirthRank(read.birthRank());
                target.setQuality(read.quality());
            }
            if (!read.details().birthName().isEmpty()) {
                target.setBirthName(read.details().birthName());
            }
            read.nir().ifPresent(nir -> setNir(target, nir));
            read.details().certificationDate().ifPresent(target::setCertificationDate);
            target.getAmoCoverages().clear();
            target.getAmoCoverages().add(amo(read));
            read.details().amc().ifPresent(contract -> amc(target, contract));
        }
        return folder;
    }

    private static boolean same(Beneficiary stored, org.openfse.core.card.Beneficiary read) {
        return read.lastName().equalsIgnoreCase(nonNull(stored.getLastName())) && read.firstName().equalsIgnoreCase(nonNull(stored.getFirstName()))
                && read.birthDate().equals(stored.getBirthDate()) && read.birthRank() == stored.getBirthRank();
    }

    private static void setNir(Beneficiary target, Nir nir) {
        target.setNir(nir.body());
        target.setNirKey(String.format(Locale.ROOT, "%02d", nir.key()));
    }

    private static AmoCoverage amo(org.openfse.core.card.Beneficiary read) {
        AmoCoverage amo = FACTORY.createAmoCoverage();
        amo.setRegime(read.amoRegime());
        amo.setCaisse(read.amoFund());
        amo.setCentre(read.amoCentre());
        amo.setSource(RightsStatus.Source.CARD);
        amo.setJustification(Justification.VITALE_CARD);
        amo.getRightsPeriods().addAll(read.rights());
        BeneficiaryDetails details = read.details();
        details.amoService().ifPresent(service -> {
            amo.setAmoServiceCode(service.code());
            service.period().ifPresent(amo::setAmoServicePeriod);
        });
        for (ExemptionPeriod exemption : details.exemptions()) {
            if (exemption.ald()) {
                amo.setAld(true);
                amo.getAldPeriods().add(exemption.period());
            } else if (amo.getExemptionCode() == null) {
                amo.setExemptionCode(exemption.situation().isEmpty() ? null : exemption.situation());
                amo.setExemptionPeriod(exemption.period());
            }
        }
        details.workAccident().map(WorkAccidentRights::accidents).ifPresent(accidents -> {
            for (WorkAccidentRights.WorkAccident accident : accidents) {
                WorkAccident at = FACTORY.createWorkAccident();
                at.setManager(accident.manager());
                at.setIdentifier(accident.id());
                amo.getWorkAccidents().add(at);
            }
        });
        return amo;
    }

    private static void amc(Beneficiary target, AmcContract contract) {
        AmcCoverage amc = target.getAmcCoverages().stream().filter(c -> contract.amcNumber().equals(c.getAmcNumber())).findFirst()
                .orElse(null);
        if (amc == null) {
            amc = FACTORY.createAmcCoverage();
            target.getAmcCoverages().add(amc);
            amc.setAmcNumber(contract.amcNumber());
        }
        if (!contract.memberNumber().isEmpty()) {
            amc.setMemberNumber(contract.memberNumber());
        }
        AmcCoverage filled = amc;
        contract.period().ifPresent(filled::setRightsPeriod);
        amc.setJustification(Justification.VITALE_CARD);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
