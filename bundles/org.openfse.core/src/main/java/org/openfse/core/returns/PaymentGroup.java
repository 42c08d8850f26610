package org.openfse.core.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Money;

/**
 * One transfer (virement): an 070 / 071 and everything up to the next one (NOEMIE-PS.md 6.1).
 *
 * @param date accounting date or transfer date
 * @param labels the two wording lines (trimmed, blank ones left out)
 * @param payer paying organisme (071 positions 76-85, trimmed; blank for a 070)
 * @param payee the last 040 seen before (payee number, trimmed of leading zeros)
 * @param agent the last 020, blank when none
 * @param declaredAmount the signed cumulative amount of the 990 that closed the group (the
 *        transfer amount, N-U10), empty when no 990 closed it
 * @param computedAmount signed sum of the amounts read in the group (198, 199 paid, 261, 250)
 * @param invoices the settled invoices, file order
 * @param movements the 250 financial movements
 * @param oneOffs the 261 / 262 one-off payments
 * @param returnTypes the 081 return type codes met in the group, in order
 * @param complete false when a damaged entity was met inside the group
 * @param record physical record where the 070 / 071 starts
 */
public record PaymentGroup(LocalDate date, List<String> labels, String payer, String payee, String agent,
        Optional<Money> declaredAmount, Money computedAmount, List<InvoiceSettlement> invoices,
        List<FinancialMovement> movements, List<OneOffPayment> oneOffs, List<String> returnTypes, boolean complete,
        long record) {

    public PaymentGroup {
        labels = List.copyOf(labels);
        payer = payer == null ? "" : payer;
        payee = payee == null ? "" : payee;
        agent = agent == null ? "" : agent;
        Objects.requireNonNull(declaredAmount, "declaredAmount");
        Objects.requireNonNull(computedAmount, "computedAmount");
        invoices = List.copyOf(invoices);
        movements = List.copyOf(movements);
        oneOffs = List.copyOf(oneOffs);
        returnTypes = List.copyOf(returnTypes);
    }

    /** The transfer amount: the 990's when there is one, else the computed sum. */
    public Money amount() {
        return declaredAmount.orElse(computedAmount);
    }
}
