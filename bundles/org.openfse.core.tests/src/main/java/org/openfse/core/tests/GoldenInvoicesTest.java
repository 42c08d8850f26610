package org.openfse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Golden invoices priced by the real tariff engine with the shipped specialty rules and tables
 * (issue 6). Every expected value is worked out by hand from the source named above the test;
 * each line is "net / AMO / AMC / patient".
 */
@ExtendWith(ServiceExtension.class)
class GoldenInvoicesTest {

    private static final LocalDate SEED_DAY = LocalDate.of(2024, 5, 28);
    /** A day under the 2024 convention médicale (G = 30.00 from 22/12/2024) and the 2024 NGAP values. */
    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 15);
    private static final Coverage MALADIE = Coverage.maladie();

    @InjectService(timeout = 10_000)
    TariffEngine engine;

    // Seed 002, invoice 254 (Winoptics manual): VU3 103.00 x2 and M03 209.00, LPP base 0.05, 60 %,
    // AMC attestation 100.00 spread 24.82 / 24.82 / 50.36; totals 415.00 / 0.09 / 100.00 / 314.91.
    @Test
    void seedInvoice254() throws PricingException {
        PricedInvoice invoice = price("optician", SEED_DAY, MALADIE, Optional.of(new AmcRequest(Money.parse("100.00"))),
                optics("VU3", "7230795", "103.00"), optics("VU3", "7230795", "103.00"), optics("M03", "7211674", "209.00"));

        assertLines(invoice, "103.00/0.03/24.82/78.15", "103.00/0.03/24.82/78.15", "209.00/0.03/50.36/158.61");
        assertTotals(invoice, "415.00/0.09/100.00/314.91");
    }

    // Seed 002, invoice 253: the same equipment without AMC, FSE seule: AMO 0.09, 414.91 left.
    @Test
    void seedInvoice253() throws PricingException {
        PricedInvoice invoice = price("optician", SEED_DAY, MALADIE, Optional.empty(),
                optics("VU3", "7230795", "103.00"), optics("VU3", "7230795", "103.00"), optics("M03", "7211674", "209.00"));

        assertTotals(invoice, "415.00/0.09/0.00/414.91");
    }

    // DOMAIN.md (NGAP values from 28/01/2024, métropole): AMI 3.15, AIS 2.65, AMO 60 %.
    // AMI 2 = 6.30, AMO 3.78; AIS 3 = 7.95, AMO 4.77 (4.77 = 7.95 x 60 %).
    @Test
    void nurseActsWithCoefficients() throws PricingException {
        assertTotals(price("nurse", MARCH_2025, MALADIE, Optional.empty(), coefficient("AMI", "2")), "6.30/3.78/0.00/2.52");
        assertTotals(price("nurse", MARCH_2025, MALADIE, Optional.empty(), coefficient("AIS", "3")), "7.95/4.77/0.00/3.18");
        // Orion Santé, "Les actes courants ... NGAP infirmière": AMI 1.5 = 4.725 -> 4.73; AMO 2.838 -> 2.84.
        assertTotals(price("nurse", MARCH_2025, MALADIE, Optional.empty(), coefficient("AMI", "1.5")), "4.73/2.84/0.00/1.89");
    }

    // NGAP article 11 B (DOMAIN.md): the second act of the session at 50 % of its coefficient:
    // AMI 2 = 6.30 (AMO 3.78) and AMI 1 noted 0.5 = 1.575 -> 1.58 (AMO 0.948 -> 0.95).
    @Test
    void nurseSecondActAtHalf() throws PricingException {
        PricedInvoice invoice = price("nurse", MARCH_2025, MALADIE, Optional.empty(), coefficient("AMI", "1"), coefficient("AMI", "2"));

        assertLines(invoice, "1.58/0.95/0.00/0.63", "6.30/3.78/0.00/2.52");
        assertTotals(invoice, "7.88/4.73/0.00/3.15");
    }

    // Avenant 3 (ONSIL "Tarifs"): night majoration 20h-23h MN 9.15; avenant 10 (FNI, January 2024):
    // IFD 2.75 from 28/01/2024; avenant 5 (CPGA): Sunday and holidays F 8.50 from 01/08/2018.
    // AMO 60 %: 3.15 -> 1.89, 9.15 -> 5.49, 2.75 -> 1.65, 8.50 -> 5.10.
    @Test
    void nurseMajorationsAndTravel() throws PricingException {
        PricedInvoice night = price("nurse", MARCH_2025, MALADIE, Optional.empty(), ActLine.of("AMI"), ActLine.of("MN"), ActLine.of("IFD"));
        assertLines(night, "3.15/1.89/0.00/1.26", "9.15/5.49/0.00/3.66", "2.75/1.65/0.00/1.10");
        assertTotals(night, "15.05/9.03/0.00/6.02");

        PricedInvoice sunday = price("nurse", MARCH_2025, MALADIE, Optional.empty(), ActLine.of("AMI"), ActLine.of("F"));
        assertTotals(sunday, "11.65/6.99/0.00/4.66");
    }

    // Convention médicale 2024 (arrêté of 20/06/2024): G = 30.00 from 22/12/2024, AMO 70 %
    // (DOMAIN.md) = 21.00, less the 2.00 participation forfaitaire (since 15/05/2024): 19.00.
    @Test
    void doctorConsultationWithParticipationForfaitaire() throws PricingException {
        assertTotals(price("doctor", MARCH_2025, MALADIE, Optional.empty(), ActLine.of("G")), "30.00/19.00/0.00/11.00");
    }

    // Same consultation without participation forfaitaire (DOMAIN.md: not owed from the 6th month of
    // pregnancy, IR_EXO_V 55, nor for accidents du travail), both exempt, so 100 %.
    @Test
    void doctorConsultationWithoutParticipationForfaitaire() throws PricingException {
        Coverage pregnancy = new Coverage(InsuranceNature.MALADIE, false, false, false, Optional.of("55"), Set.of());
        assertTotals(price("doctor", MARCH_2025, pregnancy, Optional.empty(), ActLine.of("G")), "30.00/30.00/0.00/0.00");
        Coverage workAccident = new Coverage(InsuranceNature.AT, false, false, false);
        assertTotals(price("doctor", MARCH_2025, workAccident, Optional.empty(), ActLine.of("G")), "30.00/30.00/0.00/0.00");
    }

    // Before 15/05/2024 the participation forfaitaire was 1.00 (Magnolia; Défense Conso) and G was
    // 26.50 (règlement arbitral 2023, from 01/11/2023): 70 % = 18.55, less 1.00.
    @Test
    void doctorConsultationWithTheEarlierParticipation() throws PricingException {
        assertTotals(price("doctor", LocalDate.of(2024, 3, 1), MALADIE, Optional.empty(), ActLine.of("G")), "26.50/17.55/0.00/8.95");
    }

    // Régime local d'Alsace-Moselle 90 % (DOMAIN.md): G 30.00 -> 27.00 - 2.00 = 25.00; AMI 2 6.30 -> 5.67.
    @Test
    void alsaceMoselle() throws PricingException {
        Coverage alsace = new Coverage(InsuranceNature.MALADIE, true, false, false);
        assertTotals(price("doctor", MARCH_2025, alsace, Optional.empty(), ActLine.of("G")), "30.00/25.00/0.00/5.00");
        assertTotals(price("nurse", MARCH_2025, alsace, Optional.empty(), coefficient("AMI", "2")), "6.30/5.67/0.00/0.63");
    }

    // Maternité 100 %, no participation forfaitaire (DOMAIN.md): G 30.00 fully paid; AIS 3 7.95 too.
    @Test
    void maternity() throws PricingException {
        Coverage maternity = new Coverage(InsuranceNature.MATERNITE, false, false, false);
        assertTotals(price("doctor", MARCH_2025, maternity, Optional.empty(), ActLine.of("G")), "30.00/30.00/0.00/0.00");
        assertTotals(price("nurse", MARCH_2025, maternity, Optional.empty(), coefficient("AIS", "3")), "7.95/7.95/0.00/0.00");
    }

    // ALD-related care 100 %; the participation forfaitaire is still owed (DOMAIN.md lists who is
    // exempt: C2S/AME, maternity from the 6th month, AT/MP, minors): G 30.00 -> 30.00 - 2.00.
    @Test
    void ald() throws PricingException {
        Coverage ald = new Coverage(InsuranceNature.MALADIE, false, true, false);
        assertTotals(price("doctor", MARCH_2025, ald, Optional.empty(), ActLine.of("G")), "30.00/28.00/0.00/2.00");
        assertTotals(price("nurse", MARCH_2025, ald, Optional.empty(), coefficient("AMI", "2")), "6.30/6.30/0.00/0.00");
    }

    // C2S, tiers payant intégral (seed 003: the caisse pays the obligatory and complementary parts;
    // no participation forfaitaire, DOMAIN.md): G 30.00 -> AMO 21.00, C2S 9.00, nothing left.
    // Seed 002, invoice 256 (C2S): a 100 % Santé frame at its price limit 30.00, AMO 5.40, C2S
    // 24.60. A class B frame: the C2S pays up to the base only (0.05 - 0.03 = 0.02).
    @Test
    void c2s() throws PricingException {
        Coverage c2s = new Coverage(InsuranceNature.MALADIE, false, false, true);
        assertTotals(price("doctor", MARCH_2025, c2s, Optional.empty(), ActLine.of("G")), "30.00/21.00/9.00/0.00");
        assertTotals(price("optician", SEED_DAY, c2s, Optional.empty(), optics("M01", "2210546", "30.00")), "30.00/5.40/24.60/0.00");
        assertTotals(price("optician", SEED_DAY, c2s, Optional.empty(), optics("M03", "7211674", "209.00")), "209.00/0.03/0.02/208.95");
    }

    // Décret n° 2019-21 (art. R871-2 CSS): a responsible contract pays a class B frame up to
    // 100 EUR, AMO included: seed 254's equipment under a 500.00 forfait leaves 109.00 (the frame
    // above 100 EUR) to the patient.
    @Test
    void responsibleContractCaps() throws PricingException {
        PricedInvoice invoice = price("optician", SEED_DAY, MALADIE, Optional.of(AmcRequest.forfait(Money.parse("500.00"), true)),
                optics("VU3", "7230795", "103.00"), optics("VU3", "7230795", "103.00"), optics("M03", "7211674", "209.00"));

        assertTotals(invoice, "415.00/0.09/305.91/109.00");
    }

    // Property: whatever the specialty, coverage and AMC, every line and the totals add up to the
    // cent and no part is negative (random invoices from a fixed seed, so a failure replays).
    @Test
    void partsAddUpToTheCentOnRandomInvoices() throws PricingException {
        Random random = new Random(6L);
        String[] nurseCodes = {"AMI", "AIS", "BSA", "BSB", "BSC", "IFD", "IK", "MCI"};
        String[] opticsCodes = {"VU1", "VU3", "VM4", "M03", "M01"};
        for (int round = 0; round < 500; round++) {
            Coverage coverage = new Coverage(InsuranceNature.values()[random.nextInt(4)], random.nextBoolean(), random.nextInt(4) == 0,
                    random.nextInt(4) == 0, random.nextInt(5) == 0 ? Optional.of(new String[] {"0", "41", "55", "91"}[random.nextInt(4)])
                            : Optional.empty(), Set.of());
            List<ActLine> lines = new ArrayList<>();
            String specialty = new String[] {"nurse", "doctor", "optician"}[random.nextInt(3)];
            switch (specialty) {
                case "nurse" -> {
                    lines.add(coefficient(random.nextBoolean() ? "AMI" : "AIS", String.valueOf(1 + random.nextInt(4))));
                    for (int i = random.nextInt(3); i > 0; i--) {
                        lines.add(ActLine.of(nurseCodes[2 + random.nextInt(nurseCodes.length - 2)]));
                    }
                }
                case "doctor" -> {
                    for (int i = 1 + random.nextInt(5); i > 0; i--) {
                        lines.add(new ActLine(random.nextBoolean() ? "G" : "APC", Optional.empty(), 1,
                                random.nextBoolean() ? Optional.empty() : Optional.of(Money.ofCents(6_000 + random.nextInt(10_000))), BigDecimal.ONE));
                    }
                }
                default -> {
                    for (int i = 1 + random.nextInt(3); i > 0; i--) {
                        String code = opticsCodes[random.nextInt(opticsCodes.length)];
                        lines.add(optics(code, "1234567", Money.ofCents(code.equals("M01") ? 1 + random.nextInt(3_000) : 1 + random.nextInt(60_000)).toString()));
                    }
                }
            }
            Optional<AmcRequest> amc = switch (random.nextInt(3)) {
                case 0 -> Optional.empty();
                case 1 -> Optional.of(new AmcRequest(Money.ZERO));
                default -> Optional.of(AmcRequest.contract(100 + random.nextInt(300), Optional.empty(), false));
            };
            PricedInvoice invoice = price(specialty, MARCH_2025, coverage, amc, lines.toArray(ActLine[]::new));
            Money net = Money.ZERO;
            for (PricedLine line : invoice.lines()) {
                assertEquals(line.net(), line.amo().plus(line.amc()).plus(line.patient()), () -> "round " + line);
                assertFalse(line.amo().isNegative() || line.amc().isNegative() || line.patient().isNegative(), line::toString);
                net = net.plus(line.net());
            }
            assertEquals(net, invoice.amo().plus(invoice.amc()).plus(invoice.patient()));
        }
    }

    private PricedInvoice price(String specialty, LocalDate day, Coverage coverage, Optional<AmcRequest> amc, ActLine... lines)
            throws PricingException {
        return engine.price(new PricingRequest(specialty, day, coverage, amc, List.of(lines)));
    }

    private static ActLine optics(String code, String lpp, String price) {
        return new ActLine(code, Optional.of(lpp), 1, Optional.of(Money.parse(price)), BigDecimal.ONE);
    }

    private static ActLine coefficient(String code, String coefficient) {
        return new ActLine(code, Optional.empty(), 1, Optional.empty(), new BigDecimal(coefficient));
    }

    private static void assertLines(PricedInvoice invoice, String... expected) {
        List<String> actual = invoice.lines().stream().map(l -> l.net() + "/" + l.amo() + "/" + l.amc() + "/" + l.patient()).toList();
        assertEquals(List.of(expected), actual);
    }

    private static void assertTotals(PricedInvoice invoice, String expected) {
        assertEquals(expected, invoice.net() + "/" + invoice.amo() + "/" + invoice.amc() + "/" + invoice.patient());
    }
}
