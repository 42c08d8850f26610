package org.openfse.specialty.doctor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.AmoRates;
import org.openfse.tariff.spi.Fields;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.Texts;

/**
 * Prices doctors' consultations from the dated NGAP table: the base is the consultation's value
 * times the quantity; the fee is the same, or the unit price entered (a secteur 2 fee above the
 * base) times the quantity. The AMO rate is 70 %, or what the coverage imposes, or 100 % when
 * the flat participation replaces the ticket modérateur (see {@link InsuredParticipations}; the
 * amounts to deduct come from {@link DoctorParticipations}).
 */
final class DoctorPricing {

    /** AMO rate of doctors' consultations in the general case, whole percent. */
    static final int GENERAL_RATE = 70;

    private final TariffTable table;
    private final InsuredParticipations participations;
    private final Texts texts;

    DoctorPricing(TariffTable table, InsuredParticipations participations, Texts texts) {
        this.table = table;
        this.participations = participations;
        this.texts = texts;
    }

    List<LinePricing> price(PricingRequest request, String zone) throws PricingException {
        int size = request.lines().size();
        List<Money> nets = new ArrayList<>(size);
        List<Money> bases = new ArrayList<>(size);
        Money sessionTariff = Money.ZERO;
        for (int i = 0; i < size; i++) {
            ActLine line = request.lines().get(i);
            Money value = table.lookup(line.code(), zone, request.date(), Fields.line(i, "code")).amount();
            if (line.coefficient().compareTo(BigDecimal.ONE) != 0) {
                throw texts.lineRefusal(PricingException.Reason.INVALID_VALUE, i, "coefficient", "doctor.coefficientNotAllowed",
                        line, line.coefficient().toPlainString());
            }
            Money base = value.times(line.quantity());
            nets.add(line.unitPrice().orElse(value).times(line.quantity()));
            bases.add(base);
            sessionTariff = sessionTariff.plus(base);
        }
        int rate = participations.flatApplies(request.coverage(), request.date(), sessionTariff)
                ? AmoRates.FULL
                : AmoRates.rate(request.coverage(), GENERAL_RATE);
        List<LinePricing> pricings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pricings.add(new LinePricing(nets.get(i), bases.get(i), rate));
        }
        return pricings;
    }
}
