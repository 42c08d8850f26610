package org.openfse.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.tariff.ActLine;

/** Drafts for the tests, after seed 002 invoice 254 (DESMAUX NATHALIE, care 28/05/2024, prescription 26/05/2024). */
final class Drafts {

    static final LocalDate CARE = LocalDate.of(2024, 5, 28);
    static final LocalDate PRESCRIPTION = LocalDate.of(2024, 5, 26);

    private Drafts() {
    }

    static InvoiceDraft optician() {
        return draft("optician", CARE, Optional.of(PRESCRIPTION));
    }

    static InvoiceDraft draft(String specialty, LocalDate care, Optional<LocalDate> prescription) {
        Beneficiary beneficiary = new Beneficiary("DESMAUX", "NATHALIE", Optional.empty(), "19550615", 1, "00", "01",
                "999", "9999", List.of(Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28))));
        return new InvoiceDraft(specialty, "991000696", beneficiary, care, prescription,
                List.of(ActLine.of("VU3"), ActLine.of("VU3"), ActLine.of("M03")));
    }
}
