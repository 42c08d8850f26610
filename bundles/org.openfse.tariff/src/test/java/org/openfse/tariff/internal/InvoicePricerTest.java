package org.openfse.tariff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.ContractCeiling;
import org.openfse.tariff.spi.Texts;

class InvoicePricerTest {

    private static final LocalDate SEED_DAY = LocalDate.of(2024, 5, 28);

    private final InvoicePricer pricer = new InvoicePricer(Texts.load(InvoicePricer.class, "org.openfse.tariff.internal.messages"));

    // Seed 002, invoice 254 (FSE + DRE): VU3 103.00, VU3 103.00, M03 209.00, LPP base 0.05 each,
    // rate 60 %, AMO 0.03 each, AMC 100.00 spread 24.82 / 24.82 / 50.36; totals: fees 415.00,
    // AMO 0.09, AMC 100.00, remaining 314.91.
    @Test
    void seedInvoice254SpreadsTheAmcProRataWithTheRemainderOnTheLastLine() throws PricingException {
        PricingRequest request = request(Coverage.maladie(), Optional.of(new AmcRequest(money("100.00"))),
                optics("VU3", "7230795", "103.00"), optics("VU3", "7230795", "103.00"), optics("M03", "7211674", "209.00"));
        List<LinePricing> pricings = List.of(pricing("103.00", "0.05", 60), pricing("103.00", "0.05", 60), pricing("209.00", "0.05", 60));

        PricedInvoice invoice = pricer.price(request, pricings, zeros(3));

        assertLine(invoice.lines().get(0), "VU3", "103.00", "0.05", 60, "0.03", "24.82", "78.15");
        assertLine(invoice.lines().get(1), "VU3", "103.00", "0.05", 60, "0.03", "24.82", "78.15");
        assertLine(invoice.lines().get(2), "M03", "209.00", "0.05", 60, "0.03", "50.36", "158.61");
        assertEquals(money("415.00"), invoice.net());
        assertEquals(money("0.09"), invoice.amo());
        assertEquals(money("100.00"), invoice.amc());
        assertEquals(money("314.91"), invoice.patient());
    }

    // Seed 002, invoice 253 (FSE seule): the same equipment without AMC: AMO 0.09, AMC 0.00.
    @Test
    void seedInvoice253WithoutAmcLeavesTheRestToThePatient() throws PricingException {
        PricingRequest request = request(Coverage.maladie(), Optional.empty(),
                optics("VU3", "7230795", "103.00"), optics("VU3", "7230795", "103.00"), optics("M03", "7211674", "209.00"));
        List<LinePricing> pricings = List.of(pricing("103.00", "0.05", 60), pricing("103.00", "0.05", 60), pricing("209.00", "0.05", 60));

        PricedInvoice invoice = pricer.price(request, pricings, zeros(3));

        assertEquals(money("0.09"), invoice.amo());
        assertEquals(Money.ZERO, invoice.amc());
        assertEquals(money("414.91"), invoice.patient());
    }

    // Public rule (convention médicale 2024, G = 30 EUR from 22/12/2024; example published by a
    // maison de santé, "Nouveaux tarifs de consultation"): 70 % of 30 EUR = 21 EUR, less the
    // 2 EUR participation forfaitaire, the AMO pays 19 EUR; the ticket modérateur is 9 EUR.
    @Test
    void doctorConsultationWithParticipationForfaitaire() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(), Optional.empty(), ActLine.of("G")),
                List.of(pricing("30.00", "30.00", 70)), List.of(money("2.00")));

        assertLine(invoice.lines().get(0), "G", "30.00", "30.00", 70, "19.00", "0.00", "11.00");
    }

    // Same source, a patient exempt from the participation forfaitaire: 21 EUR AMO, 9 EUR left.
    @Test
    void doctorConsultationWithoutParticipationForfaitaire() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(), Optional.empty(), ActLine.of("G")),
                List.of(pricing("30.00", "30.00", 70)), zeros(1));

        assertLine(invoice.lines().get(0), "G", "30.00", "30.00", 70, "21.00", "0.00", "9.00");
    }

    // Seed 003 (convention médicale): with the C2S the caisses pay the obligatory and the
    // complementary parts (tiers payant intégral); the consultation above leaves nothing to pay.
    @Test
    void c2sPaysTheTicketModerateurAsTheComplementaryPart() throws PricingException {
        Coverage c2s = new Coverage(InsuranceNature.MALADIE, false, false, true);
        PricedInvoice invoice = pricer.price(request(c2s, Optional.empty(), ActLine.of("G")),
                List.of(pricing("30.00", "30.00", 70)), zeros(1));

        assertLine(invoice.lines().get(0), "G", "30.00", "30.00", 70, "21.00", "9.00", "0.00");
    }

    // C2S covers up to the reimbursement base: a fee above the base (class B optics) stays with
    // the patient; seed 002 class B base 0.05, AMO 0.03, so the C2S pays 0.02.
    @Test
    void c2sDoesNotPayAboveTheBase() throws PricingException {
        Coverage c2s = new Coverage(InsuranceNature.MALADIE, false, false, true);
        PricedInvoice invoice = pricer.price(request(c2s, Optional.empty(), optics("M03", "7211674", "209.00")),
                List.of(pricing("209.00", "0.05", 60)), zeros(1));

        assertLine(invoice.lines().get(0), "M03", "209.00", "0.05", 60, "0.03", "0.02", "208.95");
    }

    @Test
    void anExplicitAmcAmountWinsOverTheC2sDefault() throws PricingException {
        Coverage c2s = new Coverage(InsuranceNature.MALADIE, false, false, true);
        PricedInvoice invoice = pricer.price(request(c2s, Optional.of(new AmcRequest(money("5.00"))), ActLine.of("G")),
                List.of(pricing("30.00", "30.00", 70)), zeros(1));

        assertEquals(money("5.00"), invoice.amc());
        assertEquals(money("4.00"), invoice.patient());
    }

    // Seed 002, invoice 256 ("C2S (RO) régime obligatoire"): a 100 % Santé item sold 30.00, AMO
    // 5.40 (60 % of a 9.00 base), the C2S pays 24.60, nothing is left to the patient. The C2S pays
    // up to the price limit (30.00, the price limit of a class A frame: April "remboursement
    // monture", BFM 15/01/2020), not only the ticket modérateur.
    @Test
    void seedInvoice256C2sPaysAHundredPercentSanteItemUpToItsPriceLimit() throws PricingException {
        Coverage c2s = new Coverage(InsuranceNature.MALADIE, false, false, true);
        PricedInvoice invoice = pricer.price(request(c2s, Optional.empty(), optics("M01", "2210546", "30.00")),
                List.of(new LinePricing(money("30.00"), money("9.00"), 60, Optional.of(money("30.00")))), zeros(1));

        assertLine(invoice.lines().get(0), "M01", "30.00", "9.00", 60, "5.40", "24.60", "0.00");
    }

    @Test
    void refusesAFeeAboveThePriceLimitNamingTheUnitPrice() {
        PricingRequest request = request(Coverage.maladie(), Optional.empty(), optics("M01", "2210546", "30.01"));

        PricingException refused = assertThrows(PricingException.class, () -> pricer.price(request,
                List.of(new LinePricing(money("30.01"), money("9.00"), 60, Optional.of(money("30.00")))), zeros(1)));

        assertEquals(PricingException.Reason.INVALID_VALUE, refused.reason());
        assertEquals("lines[0].unitPrice", refused.field());
        assertTrue(refused.getMessage().contains("30.01") && refused.getMessage().contains("30.00"), refused.getMessage());
    }

    // A contract at 100 % of the base pays the ticket modérateur: G 30.00 at 70 % leaves 9.00; the
    // 2.00 participation forfaitaire stays with the patient (a responsible contract may not pay
    // it, art. L871-1 CSS).
    @Test
    void aContractAtAHundredPercentPaysTheTicketModerateurButNotTheParticipation() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(), Optional.of(AmcRequest.contract(100, Optional.empty(), true)),
                ActLine.of("G")), List.of(pricing("30.00", "30.00", 70)), List.of(money("2.00")));

        assertLine(invoice.lines().get(0), "G", "30.00", "30.00", 70, "19.00", "9.00", "2.00");
    }

    // A contract at 200 % of the base, AMO included, on a secteur 2 fee of 50.00 (base 30.00):
    // it would pay 60.00 - 21.00 = 39.00 but never more than the fee less the AMO part, 29.00.
    @Test
    void aContractAboveAHundredPercentPaysTheExcessFeeWithinTheFee() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(), Optional.of(AmcRequest.contract(200, Optional.empty(), true)),
                ActLine.of("G")), List.of(pricing("50.00", "30.00", 70)), List.of(money("2.00")));

        assertLine(invoice.lines().get(0), "G", "50.00", "30.00", 70, "19.00", "29.00", "2.00");
    }

    // A contract at 150 % of the base on a 60.00 fee (base 30.00, AMO 21.00) pays
    // 45.00 - 21.00 = 24.00; the patient pays the 15.00 above 45.00.
    @Test
    void aContractRatePaysBaseTimesRateLessTheAmoPart() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(), Optional.of(AmcRequest.contract(150, Optional.empty(), true)),
                ActLine.of("G")), List.of(pricing("60.00", "30.00", 70)), zeros(1));

        assertLine(invoice.lines().get(0), "G", "60.00", "30.00", 70, "21.00", "24.00", "15.00");
    }

    // The contract's ceiling for the invoice: two lines of 9.00 ticket modérateur each, 10.00
    // ceiling, shared pro rata: 5.00 / 5.00.
    @Test
    void theContractCeilingIsSharedProRata() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(),
                Optional.of(AmcRequest.contract(300, Optional.of(money("10.00")), false)), ActLine.of("G"), ActLine.of("G")),
                List.of(pricing("30.00", "30.00", 70), pricing("30.00", "30.00", 70)), zeros(2));

        assertEquals(List.of("5.00", "5.00"), invoice.lines().stream().map(l -> l.amc().toString()).toList());
        assertEquals(money("8.00"), invoice.patient());
    }

    // Décret n° 2019-21 (art. R871-2 CSS): a responsible contract pays at most 100 EUR for a class B
    // frame, AMO part included. Seed 254's equipment under a forfait of 500.00: frame 209.00 ->
    // AMO 0.03 + AMC 99.97; lenses 103.00 -> AMO 0.03 + AMC 102.97 each; the patient pays 109.00,
    // the part of the frame above 100 EUR.
    @Test
    void aResponsibleContractRespectsTheSpecialtysCaps() throws PricingException {
        PricingRequest request = request(Coverage.maladie(), Optional.of(AmcRequest.forfait(money("500.00"), true)),
                optics("VU3", "7230795", "103.00"), optics("VU3", "7230795", "103.00"), optics("M03", "7211674", "209.00"));
        List<LinePricing> pricings = List.of(pricing("103.00", "0.05", 60), pricing("103.00", "0.05", 60), pricing("209.00", "0.05", 60));
        List<ContractCeiling> caps = List.of(new ContractCeiling(List.of(2), money("100.00"), "monture"),
                new ContractCeiling(List.of(0, 1, 2), money("420.00"), "équipement"));

        PricedInvoice invoice = pricer.price(request, pricings, zeros(3), caps);

        assertLine(invoice.lines().get(0), "VU3", "103.00", "0.05", 60, "0.03", "102.97", "0.00");
        assertLine(invoice.lines().get(2), "M03", "209.00", "0.05", 60, "0.03", "99.97", "109.00");
        assertEquals(money("109.00"), invoice.patient());
    }

    // Same decree: simple lenses cap the equipment at 420 EUR, AMO included. Lenses at 300.00 and a
    // frame at 90.00: 0.09 AMO + 689.91 wanted by the forfait -> the AMC is lowered to 419.91,
    // pro rata to the shares (299.97 / 299.97 / 89.97 -> 182.58 / 182.58 / 54.75, the rest on the
    // last line).
    @Test
    void theEquipmentCapLowersTheAmcProRata() throws PricingException {
        PricingRequest request = request(Coverage.maladie(), Optional.of(AmcRequest.forfait(money("1000.00"), true)),
                optics("VU3", "7230795", "300.00"), optics("VU3", "7230795", "300.00"), optics("M03", "7211674", "90.00"));
        List<LinePricing> pricings = List.of(pricing("300.00", "0.05", 60), pricing("300.00", "0.05", 60), pricing("90.00", "0.05", 60));
        List<ContractCeiling> caps = List.of(new ContractCeiling(List.of(2), money("100.00"), "monture"),
                new ContractCeiling(List.of(0, 1, 2), money("420.00"), "équipement"));

        PricedInvoice invoice = pricer.price(request, pricings, zeros(3), caps);

        assertEquals(money("419.91"), invoice.amc());
        assertEquals(money("420.00"), invoice.amo().plus(invoice.amc()));
        assertEquals(List.of("182.58", "182.58", "54.75"), invoice.lines().stream().map(l -> l.amc().toString()).toList());
    }

    @Test
    void aContractThatIsNotResponsibleIgnoresTheCaps() throws PricingException {
        PricingRequest request = request(Coverage.maladie(), Optional.of(AmcRequest.forfait(money("500.00"), false)),
                optics("M03", "7211674", "209.00"));

        PricedInvoice invoice = pricer.price(request, List.of(pricing("209.00", "0.05", 60)), zeros(1),
                List.of(new ContractCeiling(List.of(0), money("100.00"), "monture")));

        assertEquals(money("208.97"), invoice.amc());
    }

    // A responsible contract must pay a 100 % Santé item up to its price limit (décret 2019-21),
    // even when its rate of the base would pay less.
    @Test
    void aResponsibleContractPaysAHundredPercentSanteItemInFull() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(), Optional.of(AmcRequest.contract(100, Optional.empty(), true)),
                optics("M01", "2210546", "30.00")),
                List.of(new LinePricing(money("30.00"), money("9.00"), 60, Optional.of(money("30.00")))), zeros(1));

        assertLine(invoice.lines().get(0), "M01", "30.00", "9.00", 60, "5.40", "24.60", "0.00");
    }

    // The AMO never pays more than the fee charged: a fee below the base is reimbursed on the fee.
    @Test
    void theAmoIsComputedOnTheFeeWhenItIsBelowTheBase() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(), Optional.empty(), ActLine.of("AMI")),
                List.of(pricing("2.00", "3.15", 60)), zeros(1));

        assertEquals(money("1.20"), invoice.amo());
        assertEquals(money("0.80"), invoice.patient());
    }

    @Test
    void aParticipationLargerThanTheAmoPartLeavesTheAmoAtZero() throws PricingException {
        PricedInvoice invoice = pricer.price(request(Coverage.maladie(), Optional.empty(), ActLine.of("G")),
                List.of(pricing("1.00", "1.00", 70)), List.of(money("2.00")));

        assertEquals(Money.ZERO, invoice.amo());
        assertEquals(money("1.00"), invoice.patient());
    }

    @Test
    void refusesAnAmcAmountLargerThanWhatTheAmoLeaves() {
        PricingRequest request = request(Coverage.maladie(), Optional.of(new AmcRequest(money("9.01"))), ActLine.of("G"));

        PricingException refused = assertThrows(PricingException.class,
                () -> pricer.price(request, List.of(pricing("30.00", "30.00", 70)), zeros(1)));

        assertEquals(PricingException.Reason.INVALID_VALUE, refused.reason());
        assertEquals("amc.amount", refused.field());
        assertTrue(refused.getMessage().contains("9.01"), refused.getMessage());
    }

    @Test
    void refusesANegativeFeeNamingTheLine() {
        PricingRequest request = request(Coverage.maladie(), Optional.empty(), ActLine.of("G"), ActLine.of("G"));

        PricingException refused = assertThrows(PricingException.class, () -> pricer.price(request,
                List.of(pricing("30.00", "30.00", 70), pricing("-1.00", "30.00", 70)), zeros(2)));

        assertEquals(PricingException.Reason.INVALID_VALUE, refused.reason());
        assertEquals("lines[1]", refused.field());
    }

    @Test
    void refusesPricingsThatDoNotMatchTheLines() {
        PricingRequest request = request(Coverage.maladie(), Optional.empty(), ActLine.of("G"), ActLine.of("G"));

        assertThrows(IllegalStateException.class, () -> pricer.price(request, List.of(pricing("30.00", "30.00", 70)), zeros(2)));
    }

    static Money money(String text) {
        return Money.parse(text);
    }

    static LinePricing pricing(String net, String base, int rate) {
        return new LinePricing(money(net), money(base), rate);
    }

    static List<Money> zeros(int size) {
        List<Money> zeros = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            zeros.add(Money.ZERO);
        }
        return zeros;
    }

    private static ActLine optics(String code, String lpp, String price) {
        return new ActLine(code, Optional.of(lpp), 1, Optional.of(money(price)), BigDecimal.ONE);
    }

    private static PricingRequest request(Coverage coverage, Optional<AmcRequest> amc, ActLine... lines) {
        return new PricingRequest("test", SEED_DAY, coverage, amc, List.of(lines));
    }

    private static void assertLine(PricedLine line, String code, String net, String base, int rate, String amo, String amc,
            String patient) {
        assertEquals(code, line.code());
        assertEquals(money(net), line.net(), "net");
        assertEquals(money(base), line.base(), "base");
        assertEquals(rate, line.rate(), "rate");
        assertEquals(money(amo), line.amo(), "amo");
        assertEquals(money(amc), line.amc(), "amc");
        assertEquals(money(patient), line.patient(), "patient");
    }
}
