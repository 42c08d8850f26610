package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;

class CareDateCheckTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Seed 002 was written on 28/05/2024 ("date du jour : 28/05/24"). */
    private final CareDateCheck check = new CareDateCheck(at(2024, 5, 28, 11, 13));

    @Test
    void seed002InvoicePasses() {
        // invoice 254: care 28/05/2024, prescription 26/05/2024
        assertEquals(List.of(), check.check(Drafts.optician()));
    }

    @Test
    void careTodayPassesCareTomorrowBlocks() {
        assertEquals(List.of(), check.check(Drafts.draft("nurse", LocalDate.of(2024, 5, 28), Optional.empty())));

        List<CheckResult> results = check.check(Drafts.draft("nurse", LocalDate.of(2024, 5, 29), Optional.empty()));

        assertEquals(1, results.size());
        CheckResult future = results.get(0);
        assertEquals("care-date", future.checkId());
        assertEquals(Severity.BLOCKING, future.severity());
        assertEquals("care.future", future.messageKey());
        assertEquals(List.of("29/05/2024", "28/05/2024"), future.arguments());
        assertEquals("La date des soins (29/05/2024) est postérieure à aujourd'hui (28/05/2024) : on ne facture que"
                + " des soins déjà réalisés. Corrigez la date des soins.", future.message());
    }

    @Test
    void todayIsTheClocksDayNotUtc() {
        // 00:30 in Paris on 29 May is still 28 May in UTC: care on the 29th is today, not the future
        CareDateCheck justAfterMidnight = new CareDateCheck(at(2024, 5, 29, 0, 30));
        assertEquals(List.of(), justAfterMidnight.check(Drafts.draft("nurse", LocalDate.of(2024, 5, 29), Optional.empty())));
    }

    @Test
    void prescriptionOnTheDayOfCarePassesAfterItBlocks() {
        assertEquals(List.of(), check.check(Drafts.draft("optician", Drafts.CARE, Optional.of(Drafts.CARE))));

        List<CheckResult> results =
                check.check(Drafts.draft("optician", LocalDate.of(2024, 5, 20), Optional.of(Drafts.PRESCRIPTION)));

        assertEquals(1, results.size());
        CheckResult late = results.get(0);
        assertEquals(Severity.BLOCKING, late.severity());
        assertEquals("prescription.after.care", late.messageKey());
        assertEquals(List.of("26/05/2024", "20/05/2024"), late.arguments());
        assertEquals("La prescription du 26/05/2024 est postérieure aux soins du 20/05/2024 : corrigez la date de la"
                + " prescription ou celle des soins.", late.message());
    }

    @Test
    void bothProblemsAreReportedInOrder() {
        List<CheckResult> results = check.check(
                Drafts.draft("optician", LocalDate.of(2024, 6, 3), Optional.of(LocalDate.of(2024, 6, 4))));
        assertEquals(List.of("care.future", "prescription.after.care"),
                results.stream().map(CheckResult::messageKey).toList());
    }

    private static Clock at(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS).toInstant(), PARIS);
    }
}
