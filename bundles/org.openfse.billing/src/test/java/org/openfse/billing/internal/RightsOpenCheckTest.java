package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Period;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.rights.RightsService;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.rights.RightsStatus.Source;
import org.openfse.core.rights.RightsStatus.State;

class RightsOpenCheckTest {

    @Test
    void openRightsPass() {
        RightsOpenCheck check = new RightsOpenCheck(answering(new RightsStatus(State.OPEN,
                Optional.of(Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28))), Source.ADRI)));
        assertEquals(List.of(), check.check(Drafts.optician()));
    }

    @Test
    void closedRightsBlock() {
        RightsOpenCheck check = new RightsOpenCheck(answering(new RightsStatus(State.CLOSED, Optional.empty(), Source.CARD)));

        List<CheckResult> results = check.check(Drafts.optician());

        assertEquals(1, results.size());
        CheckResult closed = results.get(0);
        assertEquals("rights-open", closed.checkId());
        assertEquals(Severity.BLOCKING, closed.severity());
        assertEquals("rights.closed", closed.messageKey());
        assertEquals(List.of("28/05/2024"), closed.arguments());
        assertEquals("Droits AMO fermés le 28/05/2024 : mettez à jour la carte Vitale, interrogez les droits en ligne"
                + " (ADRi) ou saisissez une attestation de droits.", closed.message());
    }

    @Test
    void unknownRightsWarn() {
        RightsOpenCheck check = new RightsOpenCheck(answering(new RightsStatus(State.UNKNOWN, Optional.empty(), Source.CARD)));

        List<CheckResult> results = check.check(Drafts.optician());

        assertEquals(1, results.size());
        CheckResult unknown = results.get(0);
        assertEquals(Severity.WARNING, unknown.severity());
        assertEquals("rights.unknown", unknown.messageKey());
        assertEquals("Droits AMO inconnus pour le 28/05/2024 : aucune période de droits n'est connue. Vérifiez les"
                + " droits (ADRi ou attestation) avant de sécuriser.", unknown.message());
    }

    @Test
    void asksForTheBeneficiaryAndTheDayOfCare() {
        LocalDate[] asked = new LocalDate[1];
        String[] who = new String[1];
        RightsOpenCheck check = new RightsOpenCheck((beneficiary, day) -> {
            asked[0] = day;
            who[0] = beneficiary.lastName();
            return new RightsStatus(State.UNKNOWN, Optional.empty(), Source.CARD);
        });

        check.check(Drafts.draft("nurse", LocalDate.of(2024, 1, 8), Optional.empty()));

        assertEquals(LocalDate.of(2024, 1, 8), asked[0]);
        assertEquals("DESMAUX", who[0]);
    }

    @Test
    void appliesToEverySpecialty() {
        RightsOpenCheck check = new RightsOpenCheck(answering(null));
        assertEquals(InvoiceCheck.ALL, check.specialty());
        assertEquals("rights-open", check.id());
    }

    private static RightsService answering(RightsStatus status) {
        return (beneficiary, day) -> status;
    }
}
