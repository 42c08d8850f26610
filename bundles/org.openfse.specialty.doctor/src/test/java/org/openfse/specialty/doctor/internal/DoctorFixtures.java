package org.openfse.specialty.doctor.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.Texts;

/** Shared set-up of the doctor tests. */
final class DoctorFixtures {

    static final LocalDate JANUARY_2025 = LocalDate.of(2025, 1, 10);
    static final Coverage ALSACE = new Coverage(InsuranceNature.MALADIE, true, false, false);
    static final Coverage ALD = new Coverage(InsuranceNature.MALADIE, false, true, false);
    static final Coverage C2S = new Coverage(InsuranceNature.MALADIE, false, false, true);
    static final Coverage MATERNITY = new Coverage(InsuranceNature.MATERNITE, false, false, false);
    static final Coverage WORK_ACCIDENT = new Coverage(InsuranceNature.AT, false, false, false);

    static final Texts TEXTS = Texts.load(DoctorTariffRule.class, DoctorTariffRule.MESSAGES);
    static final InsuredParticipations PARTICIPATIONS = DoctorTariffRule.participations(TEXTS);

    /**
     * A heavy act for the flat participation: ameli.fr, "Le forfait à 24 euros", gives the
     * photocoagulation at 125.40 EUR as an example of an act of 120 EUR or more.
     */
    static final TariffTable WITH_HEAVY_ACT = table("""
            code;zone;validFrom;validTo;amount;kind;source
            PHOTO;metro;2019-01-01;;125.40;CONSULTATION;ameli.fr, Le forfait à 24 euros (example)
            G;metro;2024-12-22;;30.00;CONSULTATION;[C24]
            """);

    private DoctorFixtures() {
    }

    static DoctorPricing shippedPricing() {
        return new DoctorPricing(TariffTable.load(DoctorTariffRule.class, DoctorTariffRule.TABLE, "NGAP médecins"),
                PARTICIPATIONS, TEXTS);
    }

    static PricingRequest request(Coverage coverage, LocalDate day, ActLine... lines) {
        return new PricingRequest("doctor", day, coverage, Optional.empty(), List.of(lines));
    }

    static ActLine times(String code, int quantity) {
        return new ActLine(code, Optional.empty(), quantity, Optional.empty(), BigDecimal.ONE);
    }

    static List<Money> amounts(String... texts) {
        return Arrays.stream(texts).map(Money::parse).toList();
    }

    private static TariffTable table(String text) {
        try {
            return TariffTable.read(new StringReader(text), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
