package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;

/**
 * Code de la santé publique, art. D4362-12: a medical prescription of corrective lenses is valid one
 * year under 16, five years from 16 to 42, three years above 42.
 */
class OpticianPrescriptionCheckTest {

    private final OpticianPrescriptionCheck check = new OpticianPrescriptionCheck();

    private List<CheckResult> run(String birth, String prescribed, String care, String... codes) {
        return check.check(StoredDrafts.of("optician", birth, LocalDate.parse(care),
                prescribed == null ? Optional.empty() : Optional.of(LocalDate.parse(prescribed)), StoredDrafts.SEED_NIR,
                Optional.empty(), List.of(), false, codes));
    }

    /** birth, prescription, last valid day (the day before the anniversary), first refused day. */
    @ParameterizedTest(name = "born {0}, prescribed {1}: valid until {2}")
    @CsvSource({
        // 10 years old on the prescription day: 1 year
        "20140301, 2024-03-01, 2025-02-28, 2025-03-01",
        // 15 (16 the next day): still 1 year
        "20080302, 2024-03-01, 2025-02-28, 2025-03-01",
        // 16 that day: 5 years
        "20080301, 2024-03-01, 2029-02-28, 2029-03-01",
        // 42: 5 years
        "19820101, 2024-03-01, 2029-02-28, 2029-03-01",
        // 43: 3 years
        "19810101, 2024-03-01, 2027-02-28, 2027-03-01",
        // seed 002: DESMAUX born 15/06/1955, prescription 26/05/2024 (68 years old): 3 years
        "19550615, 2024-05-26, 2027-05-25, 2027-05-26"})
    void validityByAge(String birth, String prescribed, String lastValid, String firstRefused) {
        assertEquals(List.of(), run(birth, prescribed, lastValid, "VU3", "M03"));
        List<CheckResult> refused = run(birth, prescribed, firstRefused, "VU3", "M03");
        assertEquals(1, refused.size());
        assertEquals(Severity.BLOCKING, refused.get(0).severity());
        assertEquals("prescription.expired", refused.get(0).messageKey());
    }

    @Test
    void theRefusalSaysWhy() {
        CheckResult refused = run("19550615", "2024-05-26", "2027-06-01", "VU3").get(0);

        assertEquals("Ordonnance du 26/05/2024 périmée : valable 3 an(s) pour un patient de 68 ans (art. D4362-12 du code de"
                + " la santé publique), soit jusqu'au 25/05/2027 ; les soins sont du 01/06/2027. Demandez une nouvelle"
                + " ordonnance.", refused.message());
    }

    @Test
    void lensesWithoutPrescriptionAreRefused() {
        List<CheckResult> refused = run("19550615", null, "2024-05-28", "V01");

        assertEquals("prescription.missing", refused.get(0).messageKey());
        assertEquals(Severity.BLOCKING, refused.get(0).severity());
    }

    @Test
    void aFrameAloneNeedsNoPrescription() {
        assertEquals(List.of(), run("19550615", null, "2024-05-28", "M03"));
    }

    @Test
    void lensCodesOfThe2020Reform() {
        for (String lens : List.of("V01", "V04", "VU1", "VU7", "VM1", "VM7")) {
            assertEquals(true, OpticianPrescriptionCheck.isLens(lens), lens);
        }
        for (String other : List.of("M01", "M03", "S01", "SV1", "V05", "VU8", "AMI")) {
            assertEquals(false, OpticianPrescriptionCheck.isLens(other), other);
        }
    }

    @Test
    void aLunarBirthDateIsBroughtBackToTheCalendar() {
        // demo card child 20161332 (DOMAIN/seed 004 lunar dates): read as 31/12/2016, 7 years old in 2024 -> 1 year
        assertEquals(Optional.of(LocalDate.of(2016, 12, 31)), OpticianPrescriptionCheck.birthDate("20161332"));
        assertEquals(List.of(), run("20161332", "2024-03-01", "2025-02-28", "VU3"));
        assertEquals(1, run("20161332", "2024-03-01", "2025-03-01", "VU3").size());
    }
}
