package org.openfse.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openfse.core.Period;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.ActLine;

/** Drafts of stored invoices for the checks' tests (seed 002: DESMAUX NATHALIE born 15/06/1955, NIR 2550699999999 34). */
final class StoredDrafts {

    static final String SEED_NIR = "255069999999934";

    private StoredDrafts() {
    }

    static Beneficiary desmaux(String birthDate) {
        return new Beneficiary("DESMAUX", "NATHALIE", Optional.empty(), birthDate, 1, "00", "01", "999", "9999",
                List.of(Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28))));
    }

    static InvoiceDraft of(String specialty, String birthDate, LocalDate care, Optional<LocalDate> prescription, String nir,
            Optional<SecureMode> mode, List<InvoiceDraft.Document> documents, boolean block, String... codes) {
        return new InvoiceDraft(specialty, "991000001", desmaux(birthDate), care, prescription,
                java.util.Arrays.stream(codes).map(ActLine::of).toList(), OptionalLong.of(12), OptionalLong.of(7),
                Optional.ofNullable(nir), mode, documents, block);
    }
}
