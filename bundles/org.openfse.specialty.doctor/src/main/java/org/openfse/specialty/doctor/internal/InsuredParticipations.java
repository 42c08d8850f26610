package org.openfse.specialty.doctor.internal;

import java.time.LocalDate;
import org.openfse.core.Money;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.PricingException;
import org.openfse.tariff.spi.AmoRates;
import org.openfse.tariff.spi.Exemptions;
import org.openfse.tariff.spi.Fields;
import org.openfse.tariff.spi.TariffEntry;
import org.openfse.tariff.spi.TariffTable;

/**
 * The dated parameters of the insured's participations on doctors' acts
 * ({@code participations.csv}) and who owes them:
 * <ul>
 * <li>participation forfaitaire: every act or consultation, within a daily cap for one
 * practitioner; not owed under C2S, maternité, accident du travail, nor from the 6th month of
 * pregnancy (exemption situation 55 of IR_EXO_V) (DOMAIN.md);</li>
 * <li>flat participation: replaces the ticket modérateur when the session's cumulated tariffs
 * reach the threshold (ameli.fr, "Le forfait à 24 euros"); not owed where there is no ticket
 * modérateur (100 % coverage), under C2S, nor in Alsace-Moselle, whose régime local already
 * pays 90 %.</li>
 * </ul>
 */
final class InsuredParticipations {

    private static final String PF = "PF";
    private static final String PF_DAILY_CAP = "PF_DAILY_CAP";
    private static final String FLAT = "FLAT";
    private static final String FLAT_THRESHOLD = "FLAT_THRESHOLD";

    private final TariffTable table;

    InsuredParticipations(TariffTable table) {
        for (String code : new String[] {PF, PF_DAILY_CAP, FLAT, FLAT_THRESHOLD}) {
            if (!table.knows(code)) {
                throw new IllegalArgumentException("participation table without " + code);
            }
        }
        this.table = table;
    }

    /** Whether the flat participation replaces the ticket modérateur for a session of this tariff. */
    boolean flatApplies(Coverage coverage, LocalDate day, Money sessionTariff) throws PricingException {
        if (AmoRates.rate(coverage, DoctorPricing.GENERAL_RATE) >= AmoRates.FULL || coverage.c2s() || coverage.alsaceMoselle()) {
            return false;
        }
        return sessionTariff.compareTo(amount(FLAT_THRESHOLD, day)) >= 0;
    }

    /** Whether the patient owes the participation forfaitaire. */
    boolean owesParticipationForfaitaire(Coverage coverage) {
        return !coverage.c2s() && coverage.nature() != InsuranceNature.MATERNITE && coverage.nature() != InsuranceNature.AT
                && !Exemptions.names(coverage, Exemptions.PREGNANCY_FROM_SIXTH_MONTH);
    }

    Money participationForfaitaire(LocalDate day) throws PricingException {
        return amount(PF, day);
    }

    Money dailyCap(LocalDate day) throws PricingException {
        return amount(PF_DAILY_CAP, day);
    }

    Money flat(LocalDate day) throws PricingException {
        return amount(FLAT, day);
    }

    private Money amount(String code, LocalDate day) throws PricingException {
        return table.lookup(code, TariffEntry.ANY_ZONE, day, Fields.DATE).amount();
    }
}
