package org.openfse.core.billing;

import java.util.Objects;
import org.openfse.core.Money;

/**
 * What {@link BillingService#defacture} did.
 *
 * @param invoice the invoice, now {@link InvoiceState#DEFACTURED} and in the recycling list
 * @param counterpart the negative counterpart created (its {@code counterpartOf} is the invoice)
 * @param movedToDeposit patient payments of the invoice moved to the patient's acomptes (zero when none)
 */
public record Defacturation(InvoiceSummary invoice, InvoiceSummary counterpart, Money movedToDeposit) {
    public Defacturation {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(movedToDeposit, "movedToDeposit");
    }
}
