package org.openfse.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openfse.core.Money;
import org.openfse.core.billing.DraftRequest;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.meta.OpenfseFactory;

/**
 * Seed 002, invoice 254 (DESMAUX NATHALIE, 28/05/2024): lens VU3 LPP 7230795 net 103.00 twice, frame
 * M03 LPP 7211674 net 209.00, base 0.05 and AMO 0.03 each, AMC 100.00 spread 24.82 / 24.82 / 50.36;
 * totals 415.00 / 0.09 / 100.00 / 314.91.
 */
final class Seed254 {

    static final LocalDate CARE = LocalDate.of(2024, 5, 28);

    private Seed254() {
    }

    static PricingRequest request() {
        return new PricingRequest("optician", CARE, Coverage.maladie(), Optional.empty(), List.of(
                new ActLine("VU3", Optional.of("7230795"), 1, Optional.of(Money.parse("103.00")), java.math.BigDecimal.ONE),
                new ActLine("VU3", Optional.of("7230795"), 1, Optional.of(Money.parse("103.00")), java.math.BigDecimal.ONE),
                new ActLine("M03", Optional.of("7211674"), 1, Optional.of(Money.parse("209.00")), java.math.BigDecimal.ONE)));
    }

    static PricedInvoice priced() {
        return new PricedInvoice(List.of(
                line("VU3", "103.00", "24.82", "78.15"),
                line("VU3", "103.00", "24.82", "78.15"),
                line("M03", "209.00", "50.36", "158.61")));
    }

    private static PricedLine line(String code, String net, String amc, String patient) {
        return new PricedLine(code, Money.parse(net), Money.parse("0.05"), 60, Money.parse("0.03"), Money.parse(amc),
                Money.parse(patient));
    }

    static DraftRequest draft() {
        return DraftRequest.fse(1, 2, 3, request(), priced());
    }

    static Beneficiary desmaux() {
        OpenfseFactory f = OpenfseFactory.eINSTANCE;
        Beneficiary b = f.createBeneficiary();
        b.setLastName("DESMAUX");
        b.setFirstName("NATHALIE");
        b.setNir("2550699999999");
        b.setNirKey("34");
        b.setBirthDate("19550615");
        b.setBirthRank(1);
        b.setQuality("00");
        AmoCoverage amo = f.createAmoCoverage();
        amo.setRegime("01");
        amo.setCaisse("999");
        amo.setCentre("9999");
        amo.getRightsPeriods().add(org.openfse.core.Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28)));
        b.getAmoCoverages().add(amo);
        return b;
    }

}
