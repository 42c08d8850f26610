package org.openfse.billing.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.store.Store;
import org.openfse.core.tariff.ActLine;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceKind;
import org.openfse.model.api.InvoiceLine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Duplicates: another invoice of the same patient (beneficiary), the same day of care and at least
 * one same act code, read from the store. Invoices that no longer bill anything (cancelled,
 * défacturées, recycled, counterparts) and DREs do not count, nor does the invoice itself; a DRE is
 * not checked (it goes with the FSE of the same care).
 * It blocks securing, except for nurses: several passages a day are usual (an injection morning and
 * evening), so for them it is a warning to confirm.
 */
@Component(service = InvoiceCheck.class)
public final class DuplicateCheck implements InvoiceCheck {

    static final String ID = "duplicate";
    static final String NURSE = "nurse";

    private static final Set<InvoiceState> NOT_BILLING = EnumSet.of(InvoiceState.CANCELLED, InvoiceState.DEFACTURED,
            InvoiceState.RECYCLED);

    private final Store store;
    private final Messages messages = Messages.load();

    @Activate
    public DuplicateCheck(@Reference(name = "store", policyOption = ReferencePolicyOption.GREEDY) Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String specialty() {
        return ALL;
    }

    @Override
    public List<CheckResult> check(InvoiceDraft draft) {
        if (draft.beneficiaryId().isEmpty()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (ActLine line : draft.lines()) {
            codes.add(line.code());
        }
        long self = draft.invoiceId().orElse(0);
        List<CheckResult> results = new ArrayList<>();
        store.inTransaction("system", tx -> {
            if (self != 0 && tx.repository(Invoice.class).find(self).map(i -> i.getKind() != InvoiceKind.FSE).orElse(false)) {
                // a DRE goes with the FSE of the same care: it is not a duplicate of it
                tx.setRollbackOnly();
                return null;
            }
            for (Invoice other : tx.repository(Invoice.class).findBy("beneficiary", draft.beneficiaryId().getAsLong())) {
                if (other.getId() == self || NOT_BILLING.contains(other.getState()) || other.getCounterpartOf() != null
                        || other.getKind() != InvoiceKind.FSE || !draft.careDate().equals(other.getCareDate())) {
                    continue;
                }
                Set<String> same = new LinkedHashSet<>();
                for (InvoiceLine line : other.getLines()) {
                    if (codes.contains(line.getActCode())) {
                        same.add(line.getActCode());
                    }
                }
                if (!same.isEmpty()) {
                    boolean nurse = NURSE.equals(draft.specialty());
                    String key = nurse ? "duplicate.nurse" : "duplicate";
                    List<String> arguments = List.of(other.getNumber().toString(), FrenchDates.format(other.getCareDate()),
                            String.join(", ", same));
                    results.add(new CheckResult(ID, nurse ? Severity.WARNING : Severity.BLOCKING, key, arguments,
                            messages.format(key, arguments.toArray())));
                }
            }
            tx.setRollbackOnly();
            return null;
        });
        return List.copyOf(results);
    }
}
