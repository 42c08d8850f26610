package org.openfse.specialty.optician.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingException.Reason;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.RenewalIndicator;
import org.openfse.specialty.optician.internal.OpticalCodes.Item;
import org.openfse.specialty.optician.internal.OpticalCodes.OpticalCode;
import org.openfse.tariff.spi.AmoRates;
import org.openfse.tariff.spi.Fields;
import org.openfse.tariff.spi.TariffEntry;
import org.openfse.tariff.spi.TariffTable;
import org.openfse.tariff.spi.Texts;

/**
 * Prices optical lines (DOMAIN.md, "Optics"): the fee is the optician's price times the quantity,
 * the base is the item's dated LPP base times the quantity (0.05 EUR for class B items), the AMO
 * rate is 60 % of the base, or what the coverage imposes. A 100 % Santé item carries its dated
 * price limit (prix limite de vente) times the quantity; the engine refuses a fee above it. Every
 * line needs its price and its 7-digit LPP code; an optical code without a recorded tariff (most
 * of class A) is refused rather than priced at zero; the adaptation service (S01, SV1) needs the
 * renewal indicator RA.
 */
final class OpticianPricing {

    /** AMO rate of optics in the general case (of the LPP tariff), whole percent. */
    static final int GENERAL_RATE = 60;

    private static final Pattern LPP = Pattern.compile("\\d{7}");

    private final OpticalCodes codes;
    private final TariffTable tariffs;
    private final TariffTable priceLimits;
    private final Texts texts;

    OpticianPricing(OpticalCodes codes, TariffTable tariffs, TariffTable priceLimits, Texts texts) {
        this.codes = codes;
        this.tariffs = tariffs;
        this.priceLimits = priceLimits;
        this.texts = texts;
    }

    List<LinePricing> price(PricingRequest request) throws PricingException {
        int rate = AmoRates.rate(request.coverage(), GENERAL_RATE);
        List<LinePricing> pricings = new ArrayList<>(request.lines().size());
        for (int i = 0; i < request.lines().size(); i++) {
            ActLine line = request.lines().get(i);
            Optional<OpticalCode> code = codes.find(line.code());
            if (code.isEmpty()) {
                throw texts.lineRefusal(Reason.UNKNOWN_CODE, i, "code", "optician.unknownCode", line);
            }
            if (code.get().item() == Item.ADAPTATION && request.renewal().orElse(null) != RenewalIndicator.RA) {
                throw texts.lineRefusal(Reason.INVALID_VALUE, i, "code", "optician.adaptationNeedsRa", line);
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
            Optional<Money> limit = Optional.empty();
            if (priceLimits.knows(line.code())) {
                limit = Optional.of(priceLimits.lookup(line.code(), TariffEntry.ANY_ZONE, request.date(), Fields.line(i, "code"))
                        .amount().times(line.quantity()));
            } else if (code.get().classA()) {
                throw texts.lineRefusal(Reason.NO_PRICE_AT_DATE, i, "code", "optician.noPriceLimit", line);
            }
            Money net = line.unitPrice().get().times(line.quantity());
            pricings.add(new LinePricing(net, entry.amount().times(line.quantity()), rate, limit));
        }
        return pricings;
    }
}
