package org.openfse.ui.internal.patients;

import java.util.List;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Patient;

/**
 * One line of the patient list: what the list shows of a folder, read inside the transaction.
 *
 * @param id the folder's store id
 */
public record PatientRow(long id, String lastName, String firstName, String nir, String birthDate, int beneficiaries,
        String attachment) {

    /** The columns of the list, in order ({@code patients.list.column.<name>}). */
    public static final List<String> COLUMNS = List.of("lastName", "firstName", "nir", "birthDate", "beneficiaries", "attachment");

    static PatientRow of(long id, Patient patient) {
        Insured insured = patient.getInsured();
        String nir = insured == null || insured.getNir() == null ? ""
                : insured.getNir() + (insured.getNirKey() == null ? "" : " " + insured.getNirKey());
        String attachment = "";
        for (Beneficiary beneficiary : patient.getBeneficiaries()) {
            if (!beneficiary.getAmoCoverages().isEmpty()) {
                AmoCoverage amo = beneficiary.getAmoCoverages().get(0);
                attachment = String.join(" ", text(amo.getRegime()), text(amo.getCaisse()), text(amo.getCentre())).strip();
                break;
            }
        }
        return new PatientRow(id, insured == null ? "" : text(insured.getLastName()), insured == null ? "" : text(insured.getFirstName()),
                nir, insured == null ? "" : FrenchDates.showBirthDate(insured.getBirthDate()), patient.getBeneficiaries().size(),
                attachment);
    }

    /** The value of column {@code index} of {@link #COLUMNS}. */
    public Object column(int index) {
        return switch (index) {
            case 0 -> lastName;
            case 1 -> firstName;
            case 2 -> nir;
            case 3 -> birthDate;
            case 4 -> beneficiaries;
            case 5 -> attachment;
            default -> "";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
