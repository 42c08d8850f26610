package org.openfse.tariff.internal;

import java.util.ArrayList;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.Fields;
import org.openfse.tariff.spi.Texts;

/**
 * Turns what the specialty decided for each line (fee, base, rate, participations) into the AMO,
 * AMC and patient parts, to the cent.
 *
 * <ul>
 * <li>AMO: {@code min(net, base) x rate}, rounded half up to the cent (the AMO never pays more
 * than the fee charged), less the line's participation, never below zero.</li>
 * <li>AMC: the request's amount spread pro rata to the net amounts ({@link AmcSpreader}); with
 * no amount and a C2S coverage, the C2S pays each line's ticket modérateur, that is
 * {@code min(net, base)} less the AMO part before participations (tiers payant intégral;
 * fees above the base stay with the patient).</li>
 * <li>Patient: the rest, {@code net - amo - amc}.</li>
 * </ul>
 */
final class InvoicePricer {

    private final Texts texts;
    private final AmcSpreader spreader = new AmcSpreader();

    InvoicePricer(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param pricings one per request line
     * @param participations one per request line, zero or positive
     * @throws PricingException {@code INVALID_VALUE} for a negative amount or an AMC amount larger
     *         than what the AMO leaves to pay
     */
    PricedInvoice price(PricingRequest request, List<LinePricing> pricings, List<Money> participations) throws PricingException {
        List<ActLine> lines = request.lines();
        int size = lines.size();
        if (pricings.size() != size || participations.size() != size) {
            throw new IllegalStateException("expected " + size + " pricings and participations, got " + pricings.size()
                    + " and " + participations.size());
        }
        List<Money> nets = new ArrayList<>(size);
        List<Money> grossAmo = new ArrayList<>(size);
        List<Money> amo = new ArrayList<>(size);
        List<Money> room = new ArrayList<>(size);
        Money totalRoom = Money.ZERO;
        for (int i = 0; i < size; i++) {
            LinePricing pricing = pricings.get(i);
            Money participation = participations.get(i);
            if (participation.isNegative()) {
                throw new IllegalStateException("negative participation on line " + i + ": " + participation);
            }
            if (pricing.net().isNegative() || pricing.base().isNegative()) {
                throw texts.refusal(PricingException.Reason.INVALID_VALUE, Fields.line(i), "engine.negativeAmount",
                        lines.get(i).code(), pricing.net(), pricing.base());
            }
            Money gross = pricing.net().min(pricing.base()).percent(pricing.rate());
            Money paid = gross.minus(participation).max(Money.ZERO);
            nets.add(pricing.net());
            grossAmo.add(gross);
            amo.add(paid);
            room.add(pricing.net().minus(paid));
            totalRoom = totalRoom.plus(pricing.net().minus(paid));
        }
        List<Money> amc;
        if (request.amc().isPresent()) {
            Money amount = request.amc().get().amount();
            if (amount.compareTo(totalRoom) > 0) {
                throw texts.refusal(PricingException.Reason.INVALID_VALUE, Fields.AMC_AMOUNT, "engine.amcTooHigh", amount, totalRoom);
            }
            amc = spreader.spread(amount, nets, room);
        } else if (request.coverage().c2s()) {
            amc = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                LinePricing pricing = pricings.get(i);
                Money ticket = pricing.net().min(pricing.base()).minus(grossAmo.get(i)).max(Money.ZERO);
                amc.add(ticket.min(room.get(i)));
            }
        } else {
            amc = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                amc.add(Money.ZERO);
            }
        }
        List<PricedLine> priced = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LinePricing pricing = pricings.get(i);
            Money patient = pricing.net().minus(amo.get(i)).minus(amc.get(i));
            priced.add(new PricedLine(lines.get(i).code(), pricing.net(), pricing.base(), pricing.rate(), amo.get(i), amc.get(i), patient));
        }
        return new PricedInvoice(priced);
    }
}
