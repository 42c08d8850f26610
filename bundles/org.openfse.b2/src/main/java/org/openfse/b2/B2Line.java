package org.openfse.b2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.openfse.core.Money;

/**
 * One service line, a type 4 record (B2.md 5.15).
 *
 * @param performer PS number with key of who did the act, 9 digits
 * @param actDate day of the act or of delivery
 * @param actCode act / prestation code, at most 5 characters (longer codes go to 4M / 4F, not written)
 * @param quantity number of acts, 0-99
 * @param coefficient the act's coefficient; ASSUMPTION (B2.md U4 leaves the decimals open): two
 *        decimals, {@code 1} is written {@code 000100}
 * @param count dénombrement, 0-99
 * @param unitPrice unit price
 * @param base reimbursement base
 * @param rate reimbursement rate in whole percent (U4)
 * @param amo amount reimbursable by the AMO
 * @param fees fee or expense amount
 * @param qualifier expense qualifier, one character ({@code ' '} when none; codes UNKNOWN, U8)
 * @param placeCode 0 at the practice, 1 at the patient's home
 * @param amc amount reimbursable by the AMC
 */
public record B2Line(String performer, LocalDate actDate, String actCode, int quantity, BigDecimal coefficient,
        int count, Money unitPrice, Money base, int rate, Money amo, Money fees, char qualifier, int placeCode,
        Money amc) {

    public B2Line {
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(actCode, "actCode");
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(amo, "amo");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(amc, "amc");
    }
}
