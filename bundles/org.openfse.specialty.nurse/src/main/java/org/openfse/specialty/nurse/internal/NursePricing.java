package org.openfse.specialty.nurse.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingException.Reason;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.tariff.spi.AmoRates;
import org.openfse.tariff.spi.Fields;
import org.openfse.tariff.spi.TariffEntry;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.Texts;

/**
 * Prices the lines of a nurse invoice from the dated NGAP table. A request is one session
 * (séance) of care:
 * <ul>
 * <li>an act (AMI, AMX, AIS) is worth the key letter's value times its coefficient; when a
 * session has two acts, the one of higher value is paid in full and the other at 50 % of its
 * coefficient, and a third act is refused (NGAP article 11 B); enter one line per act;</li>
 * <li>forfaits, majorations and travel allowances take no coefficient; the quantity of a
 * mileage line (IK, IKM, IKS) is the billable distance in km;</li>
 * <li>the majoration for a single act (MAU) needs exactly one act of coefficient 1.5 at most;
 * night and Sunday majorations do not add up;</li>
 * <li>no unit price is accepted: the NGAP fixes the fee, so the base equals the fee;</li>
 * <li>the AMO rate is 60 % (auxiliaires médicaux), or what the coverage imposes.</li>
 * </ul>
 * The franchise médicale on paramedical acts is collected by the caisse, not on the invoice.
 */
final class NursePricing {

    /** AMO rate of auxiliaires médicaux in the general case, whole percent. */
    static final int GENERAL_RATE = 60;

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MAU_MAX_COEFFICIENT = new BigDecimal("1.5");
    private static final String MAU = "MAU";

    private final TariffTable table;
    private final Texts texts;

    /** @throws IllegalArgumentException when the table holds a kind this class does not know */
    NursePricing(TariffTable table, Texts texts) {
        for (TariffEntry entry : table.entries()) {
            NurseCodeKind.valueOf(entry.kind());
        }
        this.table = table;
        this.texts = texts;
    }

    /**
     * @param zone the practice's tariff zone ({@code metro}, {@code dom})
     * @return one pricing per line, in order
     */
    List<LinePricing> price(PricingRequest request, String zone) throws PricingException {
        List<ActLine> lines = request.lines();
        int size = lines.size();
        TariffEntry[] entries = new TariffEntry[size];
        Money[] values = new Money[size];
        List<Integer> acts = new ArrayList<>();
        boolean timeMajorationSeen = false;
        for (int i = 0; i < size; i++) {
            ActLine line = lines.get(i);
            entries[i] = table.lookup(line.code(), zone, request.date(), Fields.line(i, "code"));
            NurseCodeKind kind = NurseCodeKind.valueOf(entries[i].kind());
            if (line.unitPrice().isPresent()) {
                throw refusal(i, "unitPrice", "nurse.unitPriceNotAllowed", line);
            }
            if (kind == NurseCodeKind.ACT) {
                if (line.quantity() != 1) {
                    throw refusal(i, "quantity", "nurse.oneActPerLine", line, line.quantity());
                }
                values[i] = entries[i].amount().times(line.coefficient());
                acts.add(i);
                continue;
            }
            if (line.coefficient().compareTo(BigDecimal.ONE) != 0) {
                throw refusal(i, "coefficient", "nurse.coefficientNotAllowed", line, line.coefficient().toPlainString());
            }
            if (kind == NurseCodeKind.TIME) {
                if (timeMajorationSeen) {
                    throw refusal(i, "code", "nurse.timeMajorations", line);
                }
                timeMajorationSeen = true;
            }
            values[i] = entries[i].amount().times(line.quantity());
        }
        applyArticle11B(lines, acts, entries, values);
        checkSingleActMajoration(lines, acts);
        int rate = AmoRates.rate(request.coverage(), GENERAL_RATE);
        List<LinePricing> pricings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pricings.add(new LinePricing(values[i], values[i], rate));
        }
        return pricings;
    }

    /** The act of highest value stays whole, the next is noted at 50 % of its coefficient. */
    private void applyArticle11B(List<ActLine> lines, List<Integer> acts, TariffEntry[] entries, Money[] values)
            throws PricingException {
        List<Integer> byValue = new ArrayList<>(acts);
        byValue.sort(Comparator.comparing((Integer i) -> values[i]).reversed().thenComparing(i -> i));
        for (int rank = 1; rank < byValue.size(); rank++) {
            int i = byValue.get(rank);
            if (rank > 1) {
                throw refusal(i, "code", "nurse.thirdAct", lines.get(i));
            }
            values[i] = entries[i].amount().times(lines.get(i).coefficient().multiply(HALF));
        }
    }

    private void checkSingleActMajoration(List<ActLine> lines, List<Integer> acts) throws PricingException {
        for (int i = 0; i < lines.size(); i++) {
            if (MAU.equals(lines.get(i).code())) {
                boolean singleSmallAct = acts.size() == 1
                        && lines.get(acts.get(0)).coefficient().compareTo(MAU_MAX_COEFFICIENT) <= 0;
                if (!singleSmallAct) {
                    throw refusal(i, "code", "nurse.mauConditions", lines.get(i));
                }
            }
        }
    }

    private PricingException refusal(int index, String field, String key, ActLine line, Object... more) {
        return texts.lineRefusal(Reason.INVALID_VALUE, index, field, key, line, more);
    }
}
