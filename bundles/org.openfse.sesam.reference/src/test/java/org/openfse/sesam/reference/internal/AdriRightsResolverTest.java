package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.rights.AdriException;
import org.openfse.core.rights.AdriGateway;
import org.openfse.core.rights.AdriMode;
import org.openfse.core.rights.AdriQuery;
import org.openfse.core.rights.AdriResponse;
import org.openfse.core.rights.AdriTrigger;
import org.openfse.core.rights.RightsAnswer;
import org.openfse.core.rights.RightsAnswer.Outcome;
import org.openfse.core.rights.RightsQuery;
import org.openfse.core.rights.RightsStatus.Source;
import org.openfse.core.rights.RightsStatus.State;

class AdriRightsResolverTest {

    // Seed 002: test card DESMAUX, Num SS 2550699999999 34, rights on the card 01/02/2020 - 31/01/2025.
    private static final Nir NIR = new Nir("2550699999999", 34);
    private static final Beneficiary CARD = new Beneficiary("DESMAUX", "NATHALIE", Optional.empty(), "19550615", 1, "00",
            "01", "999", "9999", List.of(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31))));
    // Seed 002: "pour une interrogation au 28/05/2024, les droits seront du 29/05/2023 au 28/05/2024".
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 28);

    /** A régime that answers open rights over the whole window, and counts the questions. */
    private static final class OpenRegime implements AdriGateway {
        final List<AdriQuery> queries = new ArrayList<>();

        @Override
        public AdriResponse query(AdriQuery query) {
            queries.add(query);
            return new AdriResponse(query.queryDay(), query.window(), "01", "999", "9999", List.of(query.window()),
                    Optional.empty(), List.of(), false, Optional.empty());
        }
    }

    private final OpenRegime regime = new OpenRegime();
    private final AdriRightsResolver resolver = new AdriRightsResolver(Optional.of(regime), Messages.load());

    private RightsAnswer ask(LocalDate act, AdriMode mode, AdriTrigger trigger) {
        return resolver.rights(new RightsQuery(NIR, CARD, act, TODAY, mode, trigger));
    }

    @ParameterizedTest(name = "{0} on {1} (card open={2}) -> queried={3}")
    @CsvSource({
        // Seed 002 / DOMAIN.md: automatique (appel ciblé) when the card is stale, at tiers payant, at billing;
        // systématique always; manuel only on request.
        "AUTOMATIC,  CARD_READ,      true,  false",
        "AUTOMATIC,  CARD_READ,      false, true",
        "AUTOMATIC,  TIERS_PAYANT,   true,  true",
        "AUTOMATIC,  BILLING,        true,  true",
        "AUTOMATIC,  MANUAL_REQUEST, true,  true",
        "SYSTEMATIC, CARD_READ,      true,  true",
        "SYSTEMATIC, CARD_READ,      false, true",
        "SYSTEMATIC, TIERS_PAYANT,   true,  true",
        "SYSTEMATIC, BILLING,        true,  true",
        "SYSTEMATIC, MANUAL_REQUEST, true,  true",
        "MANUAL,     CARD_READ,      true,  false",
        "MANUAL,     CARD_READ,      false, false",
        "MANUAL,     TIERS_PAYANT,   true,  false",
        "MANUAL,     BILLING,        true,  false",
        "MANUAL,     MANUAL_REQUEST, true,  true",
    })
    void theModeDecidesWhenAdriIsAsked(AdriMode mode, AdriTrigger trigger, boolean cardOpen, boolean queried) {
        assertEquals(queried, mode.queries(trigger, cardOpen));
    }

    @Test
    void inAutomaticModeBillingAsksAdriAndTheSourceIsAdri() {
        RightsAnswer answer = ask(LocalDate.of(2024, 5, 20), AdriMode.AUTOMATIC, AdriTrigger.BILLING);
        assertEquals(Outcome.QUERIED, answer.outcome());
        assertEquals(State.OPEN, answer.status().state());
        assertEquals(Source.ADRI, answer.status().source());
        assertEquals(1, regime.queries.size());
        assertEquals(TODAY, regime.queries.get(0).queryDay());
    }

    @Test
    void inManualModeBillingReadsTheCard() {
        RightsAnswer answer = ask(LocalDate.of(2024, 5, 20), AdriMode.MANUAL, AdriTrigger.BILLING);
        assertEquals(Outcome.NOT_QUERIED, answer.outcome());
        assertEquals(Source.CARD, answer.status().source());
        assertEquals(State.OPEN, answer.status().state());
        assertEquals(0, regime.queries.size());
        assertTrue(answer.message().isEmpty());
    }

    @Test
    void aStaleCardReadTriggersAdriInAutomaticMode() {
        // Act 01/03/2025: after the card's period (ends 31/01/2025), "lecture d'une CV périmée".
        LocalDate today = LocalDate.of(2025, 3, 2);
        RightsAnswer answer = resolver.rights(new RightsQuery(NIR, CARD, LocalDate.of(2025, 3, 1), today, AdriMode.AUTOMATIC,
                AdriTrigger.CARD_READ));
        assertEquals(Outcome.QUERIED, answer.outcome());
        assertEquals(State.OPEN, answer.status().state());
    }

    @ParameterizedTest(name = "act {0} asked on 28/05/2024 -> {1}")
    @CsvSource({
        // Seed 002 window for a query on 28/05/2024: 29/05/2023 .. 28/05/2024.
        "2024-05-28, QUERIED",             // today
        "2023-05-29, QUERIED",             // 365 days back (2024 is a leap year): first day of the window
        "2023-05-28, ACT_OUT_OF_WINDOW",   // 366 days back: refused
        "2022-05-28, ACT_OUT_OF_WINDOW",
        "2024-05-29, ACT_OUT_OF_WINDOW",   // after today
    })
    void theActMustLieInTheOneYearBackWindow(LocalDate act, Outcome expected) {
        RightsAnswer answer = ask(act, AdriMode.SYSTEMATIC, AdriTrigger.BILLING);
        assertEquals(expected, answer.outcome());
        if (expected == Outcome.ACT_OUT_OF_WINDOW) {
            assertEquals(0, regime.queries.size());
            assertEquals(Source.CARD, answer.status().source());
            assertTrue(answer.message().orElseThrow().contains("29/05/2023 au 28/05/2024"), answer.message().get());
        }
    }

    @Test
    void anActOutOfTheWindowFallsBackToTheCardPeriods() {
        // 366 days back: 28/05/2023, inside the card's period 01/02/2020 - 31/01/2025.
        RightsAnswer answer = ask(LocalDate.of(2023, 5, 28), AdriMode.AUTOMATIC, AdriTrigger.BILLING);
        assertEquals(State.OPEN, answer.status().state());
        assertEquals(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31)), answer.status().period().orElseThrow());
    }

    @Test
    void closedAnswerFromAdri() {
        AdriGateway closed = q -> new AdriResponse(q.queryDay(), q.window(), "01", "999", "9999", List.of(), Optional.empty(),
                List.of(), false, Optional.empty());
        RightsAnswer answer = new AdriRightsResolver(Optional.of(closed), Messages.load())
                .rights(new RightsQuery(NIR, CARD, TODAY, TODAY, AdriMode.AUTOMATIC, AdriTrigger.BILLING));
        assertEquals(State.CLOSED, answer.status().state());
        assertEquals(Source.ADRI, answer.status().source());
    }

    @Test
    void failuresFallBackToTheCardWithAFrenchMessage() {
        AdriGateway down = q -> {
            throw new AdriException(AdriException.Reason.UNAVAILABLE, "connection refused");
        };
        RightsAnswer unavailable = new AdriRightsResolver(Optional.of(down), Messages.load())
                .rights(new RightsQuery(NIR, CARD, TODAY, TODAY, AdriMode.AUTOMATIC, AdriTrigger.BILLING));
        assertEquals(Outcome.UNAVAILABLE, unavailable.outcome());
        assertEquals(Source.CARD, unavailable.status().source());
        assertTrue(unavailable.message().orElseThrow().startsWith("ADRi indisponible"), unavailable.message().get());

        AdriGateway unknown = q -> {
            throw new AdriException(AdriException.Reason.UNKNOWN_BENEFICIARY, "unknown");
        };
        RightsAnswer notKnown = new AdriRightsResolver(Optional.of(unknown), Messages.load())
                .rights(new RightsQuery(NIR, CARD, TODAY, TODAY, AdriMode.AUTOMATIC, AdriTrigger.BILLING));
        assertEquals(Outcome.UNKNOWN_BENEFICIARY, notKnown.outcome());

        RightsAnswer none = new AdriRightsResolver(Optional.empty(), Messages.load())
                .rights(new RightsQuery(NIR, CARD, TODAY, TODAY, AdriMode.AUTOMATIC, AdriTrigger.BILLING));
        assertEquals(Outcome.UNAVAILABLE, none.outcome());
        assertEquals(State.OPEN, none.status().state());
    }

    @Test
    void modesHaveTheSeedLabels() {
        // Seed 002, "Paramétrage du PS": Appel ciblé / Appel systématique / Appel manuel.
        assertEquals("Appel ciblé", resolver.label(AdriMode.AUTOMATIC));
        assertEquals("Appel systématique", resolver.label(AdriMode.SYSTEMATIC));
        assertEquals("Appel manuel", resolver.label(AdriMode.MANUAL));
    }
}
