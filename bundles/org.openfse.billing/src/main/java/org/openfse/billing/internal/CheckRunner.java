package org.openfse.billing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;

/**
 * The registered {@link InvoiceCheck}s, and running those that apply to a draft.
 *
 * <p>A check applies when its {@link InvoiceCheck#specialty()} is the draft's or
 * {@link InvoiceCheck#ALL}. Checks run in the order of their {@link InvoiceCheck#id()} (checks with
 * the same id in the order they were added), and each check's findings keep its own order, so the
 * same draft always gives the same list. A check that throws does not hide the others' findings: it
 * becomes a BLOCKING finding {@value #CHECK_FAILED}, because a check that could not run has not
 * passed.
 */
final class CheckRunner {

    static final String CHECK_FAILED = "check.failed";

    private static final Comparator<InvoiceCheck> BY_ID = Comparator.comparing(InvoiceCheck::id);

    private final List<InvoiceCheck> checks = new CopyOnWriteArrayList<>();
    private final Messages messages;

    CheckRunner(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    void add(InvoiceCheck check) {
        checks.add(Objects.requireNonNull(check, "check"));
    }

    void remove(InvoiceCheck check) {
        checks.remove(check);
    }

    List<CheckResult> run(InvoiceDraft draft) {
        Objects.requireNonNull(draft, "draft");
        List<CheckResult> results = new ArrayList<>();
        checks.stream()
                .filter(check -> InvoiceCheck.ALL.equals(check.specialty()) || draft.specialty().equals(check.specialty()))
                .sorted(BY_ID)
                .forEachOrdered(check -> results.addAll(runOne(check, draft)));
        return List.copyOf(results);
    }

    private List<CheckResult> runOne(InvoiceCheck check, InvoiceDraft draft) {
        try {
            return check.check(draft);
        } catch (RuntimeException e) {
            String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            List<String> arguments = List.of(check.id(), cause);
            return List.of(new CheckResult(check.id(), Severity.BLOCKING, CHECK_FAILED, arguments,
                    messages.format(CHECK_FAILED, arguments.toArray())));
        }
    }
}
