package org.openfse.core.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.tariff.ActLine;

/**
 * An invoice before it is secured, as checks see it.
 *
 * @param specialty specialty of the professional who bills
 * @param psNumber professional's billing number
 * @param beneficiary the patient
 * @param careDate day of care
 * @param prescriptionDate date of the prescription, when the acts need one
 * @param lines lines entered
 */
public record InvoiceDraft(String specialty, String psNumber, Beneficiary beneficiary, LocalDate careDate,
        Optional<LocalDate> prescriptionDate, List<ActLine> lines) {
    public InvoiceDraft {
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(careDate, "careDate");
        Objects.requireNonNull(prescriptionDate, "prescriptionDate");
        lines = List.copyOf(lines);
    }
}
