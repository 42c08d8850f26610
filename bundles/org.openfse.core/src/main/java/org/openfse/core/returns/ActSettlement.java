package org.openfse.core.returns;

import java.time.LocalDate;
import org.openfse.core.Money;

/**
 * One settled service line, entity 210 (NOEMIE-PS.md 7.17): explains a partial payment.
 *
 * @param line line number
 * @param careDate date of care (or start), {@code null} when absent
 * @param unitPrice unit price
 * @param base reimbursement base
 * @param rate reimbursement rate in whole percent (C5)
 * @param reimbursed amount reimbursed, signed
 * @param nature act nature code (3 characters, trimmed)
 * @param quantity number of acts
 * @param coefficient act coefficient as read (5 digits)
 * @param expense expense amount
 * @param expenseQualifier expense qualifier (trimmed)
 * @param amcRate mutual part rate
 * @param amcAmount complementary part amount
 */
public record ActSettlement(int line, LocalDate careDate, Money unitPrice, Money base, int rate, Money reimbursed,
        String nature, int quantity, String coefficient, Money expense, String expenseQualifier, int amcRate,
        Money amcAmount) {
}
