package org.openfse.simulator.internal.adri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.rights.AdriException;
import org.openfse.core.rights.AdriQuery;
import org.openfse.core.rights.AdriResponse;

class SimulatedAdriGatewayTest {

    private final SimulatedAdriGateway gateway = new SimulatedAdriGateway();

    // Seed 002 test card: DESMAUX NATHALIE, Num SS 2550699999999 34, né(e) le 15/06/1955, régime 01 caisse 999.
    private static final Nir DESMAUX = new Nir("2550699999999", 34);

    private static Beneficiary beneficiary(String birthDate, String regime) {
        return new Beneficiary("X", "Y", Optional.empty(), birthDate, 1, "00", regime, "999", "9999", List.of());
    }

    @Test
    void seed002QueryOn28May2024CoversOneYearBack() throws AdriException {
        // Seed 002: "pour une interrogation au 28/05/2024, les droits seront du 29/05/2023 au 28/05/2024".
        AdriResponse answer = gateway.query(new AdriQuery(DESMAUX, beneficiary("19550615", "01"), LocalDate.of(2024, 5, 28)));
        assertEquals(Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28)), answer.window());
        assertEquals(List.of(Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28))), answer.rights());
        assertEquals("999", answer.amoFund());
        assertTrue(answer.currentOn(LocalDate.of(2024, 5, 28)));
        // "si vous facturez le dossier le lendemain, l'ADRI sera réinterrogée"
        assertTrue(!answer.currentOn(LocalDate.of(2024, 5, 29)));
    }

    @Test
    void periodsAreClippedToTheWindowAndTheRenewalShows() throws AdriException {
        // Card period 01/02/2020-31/01/2025 (seed 002) plus the simulator's renewal 01/02/2025-31/01/2026.
        AdriResponse answer = gateway.query(new AdriQuery(DESMAUX, beneficiary("19550615", "01"), LocalDate.of(2025, 6, 1)));
        assertEquals(List.of(Period.of(LocalDate.of(2024, 6, 2), LocalDate.of(2025, 1, 31)),
                Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 1))), answer.rights());
    }

    @Test
    void rightsClosedBeforeTheWindowGiveNoPeriod() throws AdriException {
        Nir closed = new Nir("1700199999004", Nir.keyOf("1700199999004"));
        AdriResponse answer = gateway.query(new AdriQuery(closed, beneficiary("19700101", "01"), LocalDate.of(2025, 3, 1)));
        assertEquals(List.of(), answer.rights());
    }

    @Test
    void theDemoChildHasTheC2sThatTheCardLacks() throws AdriException {
        Nir insured = new Nir("1850399999001", Nir.keyOf("1850399999001"));
        AdriResponse answer = gateway.query(new AdriQuery(insured, beneficiary("20161332", "01"), LocalDate.of(2024, 6, 1)));
        assertEquals("10", answer.amoService().orElseThrow().code());
    }

    @Test
    void unknownBeneficiaryAndOtherRegimesAreRefused() {
        AdriException unknown = assertThrows(AdriException.class,
                () -> gateway.query(new AdriQuery(DESMAUX, beneficiary("19600101", "01"), LocalDate.of(2024, 5, 28))));
        assertEquals(AdriException.Reason.UNKNOWN_BENEFICIARY, unknown.reason());
        AdriException regime = assertThrows(AdriException.class,
                () -> gateway.query(new AdriQuery(DESMAUX, beneficiary("19550615", "02"), LocalDate.of(2024, 5, 28))));
        assertEquals(AdriException.Reason.REGIME_NOT_SUPPORTED, regime.reason());
    }
}
