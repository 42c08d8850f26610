package org.openfse.core.tariff;

import java.util.Objects;
import org.openfse.core.Money;

/**
 * A priced line: {@code net = amo + amc + patient}, to the cent.
 *
 * @param code the act code
 * @param net fee charged
 * @param base reimbursement base
 * @param rate AMO rate, whole percent
 * @param amo part paid by the obligatory insurer
 * @param amc part paid by the complementary insurer
 * @param patient part left to the patient
 */
public record PricedLine(String code, Money net, Money base, int rate, Money amo, Money amc, Money patient) {
    public PricedLine {
        Objects.requireNonNull(code, "code");
        if (!amo.plus(amc).plus(patient).equals(net)) {
            throw new IllegalArgumentException("line " + code + " does not add up: " + amo + " + " + amc + " + " + patient + " != " + net);
        }
    }
}
