package org.openfse.billing.internal;

import java.util.List;
import java.util.Set;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.billing.InvoiceState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The invoice lifecycle ({@link InvoiceLifecycle}) and the checks run before securing
 * ({@link CheckRunner}), which collects every {@link InvoiceCheck} service as it comes and goes.
 */
@Component(service = BillingService.class)
public final class BillingServiceImpl implements BillingService {

    private final InvoiceLifecycle lifecycle = new InvoiceLifecycle();
    private final CheckRunner checks;

    @Activate
    public BillingServiceImpl() {
        this.checks = new CheckRunner(Messages.load());
    }

    @Reference(name = "checks", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCheck(InvoiceCheck check) {
        checks.add(check);
    }

    void removeCheck(InvoiceCheck check) {
        checks.remove(check);
    }

    @Override
    public Set<InvoiceState> nextStates(InvoiceState from) {
        return lifecycle.nextStates(from);
    }

    @Override
    public void requireTransition(InvoiceState from, InvoiceState to) {
        lifecycle.requireTransition(from, to);
    }

    @Override
    public List<CheckResult> check(InvoiceDraft draft) {
        return checks.run(draft);
    }
}
