package org.openfse.core.returns;

import java.time.LocalDate;
import org.openfse.core.Money;

/**
 * A financial movement on a debt, entity 250 (NOEMIE-PS.md 6.4, 7.18): a withholding (retenue)
 * when the operation is {@code RPR}.
 *
 * @param line NOEMIE line number
 * @param debtReference the debt reference (trimmed)
 * @param debtDate date the debt was recorded, {@code null} when absent
 * @param debtKind kind of debt ({@code IND}, {@code ODL}...)
 * @param operation kind of recovery operation ({@code CIN}, {@code RPR}...)
 * @param amount movement amount, signed ({@code N}: it reduces the transfer, C12)
 * @param balance remaining debt balance
 */
public record FinancialMovement(int line, String debtReference, LocalDate debtDate, String debtKind, String operation,
        Money amount, Money balance) {

    /** Whether this movement withholds money from the transfer (operation {@code RPR}). */
    public boolean withholding() {
        return "RPR".equals(operation);
    }
}
