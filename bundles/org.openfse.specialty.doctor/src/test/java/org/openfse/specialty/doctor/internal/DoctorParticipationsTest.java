package org.openfse.specialty.doctor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.ALD;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.ALSACE;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.C2S;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.JANUARY_2025;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.MATERNITY;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.WORK_ACCIDENT;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.amounts;
import static org.openfse.specialty.doctor.internal.DoctorFixtures.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openfse.tariff.spi.TariffZones;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;

class DoctorParticipationsTest {

    private final DoctorParticipations participations = new DoctorParticipations(DoctorFixtures.PARTICIPATIONS);
    private final DoctorPricing pricing = DoctorFixtures.shippedPricing();
    private final DoctorPricing heavyPricing = new DoctorPricing(DoctorFixtures.WITH_HEAVY_ACT, DoctorFixtures.PARTICIPATIONS,
            DoctorFixtures.TEXTS);

    // MSP Rillieux-Village, "Nouveaux tarifs de consultation" (G 30 EUR): 70 % less the 2 EUR forfait.
    @Test
    void aConsultationCarriesTheParticipationForfaitaire() throws PricingException {
        assertEquals(amounts("2.00"), participations(Coverage.maladie(), JANUARY_2025, ActLine.of("G")));
    }

    // Participation forfaitaire 1 EUR, doubled to 2 EUR on 15/05/2024 (Magnolia; Défense Conso).
    @Test
    void theParticipationFollowsTheDayOfCare() throws PricingException {
        assertEquals(amounts("1.00"), participations(Coverage.maladie(), LocalDate.of(2024, 5, 14), ActLine.of("G")));
        assertEquals(amounts("2.00"), participations(Coverage.maladie(), LocalDate.of(2024, 5, 15), ActLine.of("G")));
    }

    // DOMAIN.md: not for C2S, maternity, work accidents; ALD patients still owe it.
    @Test
    void exemptPatientsOweNoParticipationForfaitaire() throws PricingException {
        assertEquals(amounts("0.00"), participations(C2S, JANUARY_2025, ActLine.of("G")));
        assertEquals(amounts("0.00"), participations(MATERNITY, JANUARY_2025, ActLine.of("G")));
        assertEquals(amounts("0.00"), participations(WORK_ACCIDENT, JANUARY_2025, ActLine.of("G")));
        assertEquals(amounts("2.00"), participations(ALD, JANUARY_2025, ActLine.of("G")));
    }

    // DOMAIN.md: no participation forfaitaire from the 6th month of pregnancy (IR_EXO_V 55), and the
    // care is exempt (100 %, so no flat participation either); another exemption (91, exempting
    // act) still owes it.
    @Test
    void fromTheSixthMonthOfPregnancyNoParticipationForfaitaire() throws PricingException {
        assertEquals(amounts("0.00"), participations(exemption("55"), JANUARY_2025, ActLine.of("G")));
        assertEquals(amounts("2.00"), participations(exemption("91"), JANUARY_2025, ActLine.of("G")));
    }

    private static Coverage exemption(String code) {
        return new Coverage(InsuranceNature.MALADIE, false, false, false, Optional.of(code), Set.of());
    }

    // DOMAIN.md: cap of 4 EUR a day, so with 2 EUR per act the third act of the day owes nothing
    // (three consultations, 90 EUR, stay below the flat participation's threshold).
    @Test
    void theDailyCapStopsTheParticipation() throws PricingException {
        assertEquals(amounts("2.00", "2.00", "0.00"),
                participations(Coverage.maladie(), JANUARY_2025, ActLine.of("G"), ActLine.of("GS"), ActLine.of("G")));
        assertEquals(amounts("4.00"), participations(Coverage.maladie(), LocalDate.of(2024, 5, 14), DoctorFixtures.times("G", 4)));
    }

    // ameli.fr "Le forfait à 24 euros" (photocoagulation 125.40 EUR): the AMO pays 100 % less
    // the 24 EUR flat participation, on top of the 2 EUR participation forfaitaire.
    @Test
    void aHeavyActCarriesTheFlatParticipation() throws PricingException {
        PricingRequest request = request(Coverage.maladie(), JANUARY_2025, ActLine.of("PHOTO"));

        assertEquals(amounts("26.00"), participations.participations(request, heavyPricing.price(request, "metro")));
    }

    @Test
    void theFlatParticipationIsTakenFromTheLargestLinesFirst() throws PricingException {
        PricingRequest request = request(Coverage.maladie(), JANUARY_2025, ActLine.of("G"), ActLine.of("PHOTO"));

        assertEquals(amounts("2.00", "26.00"), participations.participations(request, heavyPricing.price(request, "metro")));
    }

    // Same source, tariffs of a session cumulated: 4 x G = 120 EUR; the flat participation is
    // spread within what the AMO pays on the line (120 - 4 EUR of participation forfaitaire).
    @Test
    void cumulatedSessionsCarryTheFlatParticipation() throws PricingException {
        assertEquals(amounts("28.00"), participations(Coverage.maladie(), JANUARY_2025, DoctorFixtures.times("G", 4)));
    }

    @Test
    void noFlatParticipationWithoutTicketModerateurC2sOrRegimeLocal() throws PricingException {
        assertEquals(amounts("2.00"), heavy(ALD));
        assertEquals(amounts("0.00"), heavy(C2S));
        assertEquals(amounts("2.00"), heavy(ALSACE));
        assertEquals(amounts("0.00"), heavy(MATERNITY));
    }

    private List<Money> heavy(Coverage coverage) throws PricingException {
        PricingRequest request = request(coverage, JANUARY_2025, ActLine.of("PHOTO"));
        return participations.participations(request, heavyPricing.price(request, "metro"));
    }

    private List<Money> participations(Coverage coverage, LocalDate day, ActLine... lines) throws PricingException {
        PricingRequest request = request(coverage, day, lines);
        return participations.participations(request, pricing.price(request, TariffZones.METRO));
    }
}
