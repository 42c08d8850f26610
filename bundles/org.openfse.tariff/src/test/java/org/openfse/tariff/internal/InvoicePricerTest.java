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
