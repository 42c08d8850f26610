package org.openfse.core.returns;

import java.time.LocalDate;
import org.openfse.core.Money;

/**
 * A financial movement ("Mouvements financiers", "Retenues"): Référence dette, Date dette,
 * Nature dette, Nature opération, Montant MFI, Montant solde.
 *
 * @param paymentId the {@code Payment} that carried it
 * @param accountingDate the transfer's date
 * @param transferLabel the transfer's first wording line
 * @param debtReference debt reference
 * @param debtDate date the debt was recorded
 * @param debtKind code ({@code ODL}...)
 * @param operation code ({@code CIN}, {@code RPR}...)
 * @param amount signed amount
 * @param balance remaining balance
 */
public record MovementView(long paymentId, LocalDate accountingDate, String transferLabel, String debtReference,
        LocalDate debtDate, String debtKind, String operation, Money amount, Money balance) {
}
