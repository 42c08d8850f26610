package org.openfse.core.billing;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The invoice lifecycle: the explicit state machine of {@link InvoiceState} and the checks run
 * before securing. Creating, securing, cancelling, défacturer and refacturer stored invoices are
 * added on top of the store (issue "Invoicing").
 */
@ProviderType
public interface BillingService {

    /** The states an invoice may move to from {@code from}; empty for final states. */
    Set<InvoiceState> nextStates(InvoiceState from);

    /**
     * Checks that a move is allowed.
     *
     * @throws IllegalTransitionException when it is not
     */
    void requireTransition(InvoiceState from, InvoiceState to);

    /** Runs every registered {@link InvoiceCheck} that applies to the draft's specialty. */
    List<CheckResult> check(InvoiceDraft draft);
}
