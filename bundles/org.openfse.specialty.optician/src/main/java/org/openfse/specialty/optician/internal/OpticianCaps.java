package org.openfse.specialty.optician.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingException.Reason;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.specialty.optician.internal.OpticalCodes.Item;
import org.openfse.specialty.optician.internal.OpticalCodes.OpticalCode;
import org.openfse.tariff.spi.ContractCeiling;
import org.openfse.tariff.spi.Fields;
import org.openfse.tariff.spi.TariffEntry;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.Texts;

/**
 * The caps of a contrat responsable on an optical invoice (art. R871-2 CSS, dated values in
 * {@code contract-caps.csv}), AMO part included:
 * <ul>
 * <li>each class B frame: {@code FRAME} (100 EUR from 2020);</li>
 * <li>the class B lenses and the class B frame of the equipment together: the cap of the pair of
 * lens categories ({@code EQ_AA} ... {@code EQ_FF}); a single class B lens counts as a pair of its
 * own category. Without a class B lens there is no equipment cap.</li>
 * </ul>
 * Class A items are left out: a responsible contract pays them up to their price limit. An
 * invoice is one equipment: more than two lenses or more than one frame is refused, since the
 * caps could not be shared out.
 */
final class OpticianCaps {

    private final OpticalCodes codes;
    private final TariffTable caps;
    private final Texts texts;

    OpticianCaps(OpticalCodes codes, TariffTable caps, Texts texts) {
        this.codes = codes;
        this.caps = caps;
        this.texts = texts;
    }

    List<ContractCeiling> ceilings(PricingRequest request, List<LinePricing> pricings) throws PricingException {
        List<ActLine> lines = request.lines();
        if (pricings.size() != lines.size()) {
            throw new IllegalStateException("one pricing per line expected");
        }
        List<Integer> frames = new ArrayList<>();
        List<Integer> lenses = new ArrayList<>();
        List<ContractCeiling> ceilings = new ArrayList<>();
        List<Integer> equipment = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<OpticalCode> code = codes.find(lines.get(i).code());
            if (code.isEmpty()) {
                continue;
            }
            if (code.get().item() == Item.FRAME) {
                frames.add(i);
                if (lines.get(i).quantity() != 1) {
                    throw texts.lineRefusal(Reason.INVALID_VALUE, i, "quantity", "optician.oneEquipment", lines.get(i));
                }
                if (code.get().classB()) {
                    ceilings.add(new ContractCeiling(List.of(i), cap("FRAME", request), texts.format("cap.frame")));
                    equipment.add(i);
                }
            } else if (code.get().item() == Item.LENS) {
                for (int n = 0; n < lines.get(i).quantity(); n++) {
                    lenses.add(i);
                }
                if (code.get().classB()) {
                    equipment.add(i);
                    for (int n = 0; n < lines.get(i).quantity(); n++) {
                        categories.add(code.get().category());
                    }
                }
            }
        }
        if (frames.size() > 1 || lenses.size() > 2) {
            int extra = frames.size() > 1 ? frames.get(1) : lenses.get(2);
            throw texts.lineRefusal(Reason.INVALID_VALUE, extra, "code", "optician.oneEquipment", lines.get(extra));
        }
        if (!categories.isEmpty()) {
            String pair = categories.size() == 1 ? categories.get(0) + categories.get(0)
                    : categories.stream().sorted().reduce("", String::concat);
            ceilings.add(new ContractCeiling(equipment, cap("EQ_" + pair.toUpperCase(Locale.ROOT), request),
                    texts.format("cap.equipment", pair.charAt(0), pair.charAt(1))));
        }
        return ceilings;
    }

    private Money cap(String code, PricingRequest request) throws PricingException {
        return caps.lookup(code, TariffEntry.ANY_ZONE, request.date(), Fields.DATE).amount();
    }
}
