package org.openfse.core.returns;

import java.time.LocalDate;
import org.openfse.core.Money;

/**
 * One line of "Op. ponctuelles > Paiements": Date comptable, Organisme, Code, Libellé, Montant.
 *
 * @param paymentId the {@code Payment} id
 * @param accountingDate date
 * @param organisme paying organisme
 * @param code payment code (262 code, else the 261 code)
 * @param label wording
 * @param amount amount
 */
public record OneOffView(long paymentId, LocalDate accountingDate, String organisme, String code, String label,
        Money amount) {
}
