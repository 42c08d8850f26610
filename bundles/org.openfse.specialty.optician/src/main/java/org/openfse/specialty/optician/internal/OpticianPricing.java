package org.openfse.specialty.optician.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * Prices optical lines (DOMAIN.md, "Optics"): the fee is the optician's price times the quantity,
 * the base is the item's dated LPP base times the quantity (0.05 EUR for class B items), the AMO
 * rate is 60 % of the base, or what the coverage imposes. Every line needs its price and its
 * 7-digit LPP code; an optical code without a recorded tariff (class A) is refused rather than
 * priced at zero.
 */
final class OpticianPricing {

    /** AMO rate of optics in the general case (of the LPP tariff), whole percent. */
    static final int GENERAL_RATE = 60;

    private static final Pattern LPP = Pattern.compile("\\d{7}");

    private final OpticalCodes codes;
    private final TariffTable tariffs;
    private final Texts texts;

    OpticianPricing(OpticalCodes codes, TariffTable tariffs, Texts texts) {
        this.codes = codes;
        this.tariffs = tariffs;
        this.texts = texts;
    }

    List<LinePricing> price(PricingRequest request) throws PricingException {
        int rate = AmoRates.rate(request.coverage(), GENERAL_RATE);
        List<LinePricing> pricings = new ArrayList<>(request.lines().size());
        for (int i = 0; i < request.lines().size(); i++) {
            ActLine line = request.lines().get(i);
            if (codes.find(line.code()).isEmpty()) {
                throw texts.lineRefusal(Reason.UNKNOWN_CODE, i, "code", "optician.unknownCode", line);
            }
            if (!tariffs.knows(line.code())) {
                throw texts.lineRefusal(Reason.NO_PRICE_AT_DATE, i, "code", "optician.noTariff", line);
            }
            TariffEntry entry = tariffs.lookup(line.code(), TariffEntry.ANY_ZONE, request.date(), Fields.line(i, "code"));
            if (line.coefficient().compareTo(BigDecimal.ONE) != 0) {
                throw texts.lineRefusal(Reason.INVALID_VALUE, i, "coefficient", "optician.coefficientNotAllowed", line,
                        line.coefficient().toPlainString());
            }
            if (line.unitPrice().isEmpty()) {
                throw texts.lineRefusal(Reason.INVALID_VALUE, i, "unitPrice", "optician.unitPriceRequired", line);
            }
            if (line.lpp().isEmpty()) {
                throw texts.lineRefusal(Reason.INVALID_VALUE, i, "lpp", "optician.lppRequired", line);
            }
            if (!LPP.matcher(line.lpp().get()).matches()) {
                throw texts.lineRefusal(Reason.INVALID_VALUE, i, "lpp", "optician.lppFormat", line, line.lpp().get());
            }
            Money net = line.unitPrice().get().times(line.quantity());
            pricings.add(new LinePricing(net, entry.amount().times(line.quantity()), rate));
        }
        return pricings;
    }
}
