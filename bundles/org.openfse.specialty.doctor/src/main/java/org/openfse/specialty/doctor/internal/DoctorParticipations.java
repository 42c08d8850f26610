package org.openfse.specialty.doctor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;

/**
 * The amounts deducted from the AMO part of each doctor line:
 * <ul>
 * <li>the participation forfaitaire, once per act (a line's quantity counts its acts), in line
 * order until the daily cap is reached; the request is taken as one day with one practitioner,
 * the yearly cap is the caisse's business;</li>
 * <li>the flat participation, when it replaces the ticket modérateur, taken from the lines of
 * highest base first, within what the AMO pays on each.</li>
 * </ul>
 * A patient's age is not part of the request, so minors, who owe no participation
 * forfaitaire, cannot be recognised yet.
 */
final class DoctorParticipations {

    private final InsuredParticipations parameters;

    DoctorParticipations(InsuredParticipations parameters) {
        this.parameters = parameters;
    }

    List<Money> participations(PricingRequest request, List<LinePricing> pricings) throws PricingException {
        int size = pricings.size();
        List<Money> amounts = new ArrayList<>(size);
        Money perAct = parameters.owesParticipationForfaitaire(request.coverage())
                ? parameters.participationForfaitaire(request.date())
                : Money.ZERO;
        Money capLeft = perAct.isZero() ? Money.ZERO : parameters.dailyCap(request.date());
        Money sessionTariff = Money.ZERO;
        for (int i = 0; i < size; i++) {
            Money owed = perAct.times(request.lines().get(i).quantity()).min(capLeft);
            capLeft = capLeft.minus(owed);
            amounts.add(owed);
            sessionTariff = sessionTariff.plus(pricings.get(i).base());
        }
        if (parameters.flatApplies(request.coverage(), request.date(), sessionTariff)) {
            Money flatLeft = parameters.flat(request.date());
            List<Integer> byBase = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                byBase.add(i);
            }
            byBase.sort(Comparator.comparing((Integer i) -> pricings.get(i).base()).reversed().thenComparing(i -> i));
            for (int i : byBase) {
                LinePricing pricing = pricings.get(i);
                Money room = pricing.net().min(pricing.base()).minus(amounts.get(i)).max(Money.ZERO);
                Money taken = flatLeft.min(room);
                amounts.set(i, amounts.get(i).plus(taken));
                flatLeft = flatLeft.minus(taken);
            }
        }
        return amounts;
    }
}
