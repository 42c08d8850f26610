package org.openfse.tariff.internal;

import java.util.ArrayList;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.ContractCeiling;
import org.openfse.tariff.spi.Fields;
import org.openfse.tariff.spi.Texts;

/**
 * Turns what the specialty decided for each line (fee, base, rate, price limit, participations)
 * into the AMO, AMC and patient parts, to the cent.
 *
 * <ul>
 * <li>AMO: {@code min(net, base) x rate}, rounded half up to the cent (the AMO never pays more
 * than the fee charged), less the line's participation, never below zero. This is the "AMO part
 * before participations" below.</li>
 * <li>AMC, by the request's {@link AmcRequest}:
 * <ul>
 * <li>a fixed amount: spread pro rata to the net amounts ({@link AmcSpreader}), never above what
 * the AMO leaves on a line;</li>
 * <li>a contract: on each line {@code base x rate} (without a rate: the fee) less the AMO part
 * before participations, within {@code net} less that AMO part (the contract's rate includes the AMO part; the insured's
 * participations stay with the patient, as the participation forfaitaire must under a responsible
 * contract, art. L871-1 CSS); a responsible
 * contract pays a 100 % Santé item up to {@code min(net, price limit)} and respects the
 * specialty's caps ({@link ContractCeiling}, AMO + AMC of a group of lines); then the contract's
 * ceiling for the invoice. A cap lowers the AMC shares of its lines pro rata to them;</li>
 * <li>no request and a C2S coverage: the C2S pays on each line {@code min(net, ceiling)} less the
 * AMO part before participations, where the ceiling is the price limit of a 100 % Santé item, else
 * the base (tiers payant intégral; a fee above the base of an item outside 100 % Santé stays with
 * the patient; seed 002 invoice 256: C2S 24.60 on a 30.00 frame with AMO 5.40);</li>
 * <li>otherwise zero.</li>
 * </ul></li>
 * <li>Patient: the rest, {@code net - amo - amc}.</li>
 * </ul>
 */
final class InvoicePricer {

    private final Texts texts;
    private final AmcSpreader spreader = new AmcSpreader();

    InvoicePricer(Texts texts) {
        this.texts = texts;
    }

    /** Prices without contract caps (fixed AMC amount, C2S, or no AMC). */
    PricedInvoice price(PricingRequest request, List<LinePricing> pricings, List<Money> participations) throws PricingException {
        return price(request, pricings, participations, List.of());
    }

    /**
     * @param pricings one per request line
     * @param participations one per request line, zero or positive
     * @param ceilings the specialty's caps of a responsible contract; used only with contract rates
     *        of a responsible contract
     * @throws PricingException {@code INVALID_VALUE} for a negative amount, a fee above a price
     *         limit, or an AMC amount larger than what the AMO leaves to pay
     */
    PricedInvoice price(PricingRequest request, List<LinePricing> pricings, List<Money> participations,
            List<ContractCeiling> ceilings) throws PricingException {
        List<ActLine> lines = request.lines();
        int size = lines.size();
        if (pricings.size() != size || participations.size() != size) {
            throw new IllegalStateException("expected " + size + " pricings and participations, got " + pricings.size()
                    + " and " + participations.size());
        }
        long[] grossAmo = new long[size];
        long[] amo = new long[size];
        long[] room = new long[size];
        long totalRoom = 0;
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
            if (pricing.priceLimit().isPresent() && pricing.net().compareTo(pricing.priceLimit().get()) > 0) {
                throw texts.lineRefusal(PricingException.Reason.INVALID_VALUE, i, "unitPrice", "engine.aboveLimit", lines.get(i),
                        pricing.net(), pricing.priceLimit().get());
            }
            Money gross = pricing.net().min(pricing.base()).percent(pricing.rate());
            Money paid = gross.minus(participation).max(Money.ZERO);
            grossAmo[i] = gross.cents();
            amo[i] = paid.cents();
            room[i] = pricing.net().cents() - paid.cents();
            totalRoom += room[i];
        }
        long[] amc;
        if (request.amc().isPresent() && !request.amc().get().byContract()) {
            Money amount = request.amc().get().amount().orElseThrow();
            if (amount.cents() > totalRoom) {
                throw texts.refusal(PricingException.Reason.INVALID_VALUE, Fields.AMC_AMOUNT, "engine.amcTooHigh", amount,
                        Money.ofCents(totalRoom));
            }
            amc = spread(amount.cents(), weights(pricings), room);
        } else if (request.amc().isPresent()) {
            amc = contract(request.amc().get(), pricings, grossAmo, amo, ceilings);
        } else if (request.coverage().c2s()) {
            amc = new long[size];
            for (int i = 0; i < size; i++) {
                LinePricing pricing = pricings.get(i);
                long ceiling = pricing.net().min(pricing.priceLimit().orElse(pricing.base())).cents();
                amc[i] = clamp(ceiling - grossAmo[i], room[i]);
            }
        } else {
            amc = new long[size];
        }
        List<PricedLine> priced = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LinePricing pricing = pricings.get(i);
            Money patient = Money.ofCents(pricing.net().cents() - amo[i] - amc[i]);
            priced.add(new PricedLine(lines.get(i).code(), pricing.net(), pricing.base(), pricing.rate(), Money.ofCents(amo[i]),
                    Money.ofCents(amc[i]), patient));
        }
        return new PricedInvoice(priced);
    }

    private long[] contract(AmcRequest request, List<LinePricing> pricings, long[] grossAmo, long[] amo,
            List<ContractCeiling> ceilings) {
        int size = pricings.size();
        long[] amc = new long[size];
        for (int i = 0; i < size; i++) {
            LinePricing pricing = pricings.get(i);
            long wanted = request.rate().isPresent()
                    ? pricing.base().percent(request.rate().getAsInt()).cents() - grossAmo[i]
                    : pricing.net().cents() - grossAmo[i];
            if (request.responsible() && pricing.priceLimit().isPresent()) {
                wanted = Math.max(wanted, pricing.net().min(pricing.priceLimit().get()).cents() - grossAmo[i]);
            }
            amc[i] = clamp(wanted, pricing.net().cents() - grossAmo[i]);
        }
        if (request.responsible()) {
            for (ContractCeiling ceiling : ceilings) {
                long paid = 0;
                long amcPaid = 0;
                for (int line : ceiling.lines()) {
                    if (line >= size) {
                        throw new IllegalStateException("cap '" + ceiling.label() + "' names line " + line + " of " + size);
                    }
                    paid += amo[line] + amc[line];
                    amcPaid += amc[line];
                }
                long excess = paid - ceiling.maximum().cents();
                if (excess > 0) {
                    lower(amc, ceiling.lines(), amcPaid - Math.min(excess, amcPaid));
                }
            }
        }
        if (request.ceiling().isPresent()) {
            long total = 0;
            List<Integer> all = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                total += amc[i];
                all.add(i);
            }
            long ceiling = request.ceiling().get().cents();
            if (total > ceiling) {
                lower(amc, all, ceiling);
            }
        }
        return amc;
    }

    /** Brings the AMC shares of {@code indexes} down to {@code total}, pro rata to the shares. */
    private void lower(long[] amc, List<Integer> indexes, long total) {
        List<Money> shares = new ArrayList<>(indexes.size());
        for (int line : indexes) {
            shares.add(Money.ofCents(amc[line]));
        }
        List<Money> lowered = spreader.spread(Money.ofCents(total), shares, shares);
        for (int k = 0; k < indexes.size(); k++) {
            amc[indexes.get(k)] = lowered.get(k).cents();
        }
    }

    private long[] spread(long amount, List<Money> weights, long[] room) {
        List<Money> capacities = new ArrayList<>(room.length);
        for (long capacity : room) {
            capacities.add(Money.ofCents(capacity));
        }
        List<Money> shares = spreader.spread(Money.ofCents(amount), weights, capacities);
        long[] result = new long[shares.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = shares.get(i).cents();
        }
        return result;
    }

    private static List<Money> weights(List<LinePricing> pricings) {
        List<Money> nets = new ArrayList<>(pricings.size());
        for (LinePricing pricing : pricings) {
            nets.add(pricing.net());
        }
        return nets;
    }

    private static long clamp(long wanted, long room) {
        return Math.max(0, Math.min(wanted, room));
    }
}
