package org.openfse.core.returns;

import java.time.LocalDate;
import java.util.List;
import org.openfse.core.Money;

/**
 * One line of "Suivi virements": Date, Libellé du virement, Organisme payeur, Payé.
 *
 * @param paymentId the {@code Payment} id
 * @param date accounting date
 * @param labels the wording lines
 * @param payer paying organisme code
 * @param amount the transfer amount (signed)
 * @param oneOff whether it is an opération ponctuelle only
 * @param lines number of payment lines
 * @param lettered how many of them are lettered
 */
public record TransferView(long paymentId, LocalDate date, List<String> labels, String payer, Money amount,
        boolean oneOff, int lines, int lettered) {

    public TransferView {
        labels = List.copyOf(labels);
    }
}
