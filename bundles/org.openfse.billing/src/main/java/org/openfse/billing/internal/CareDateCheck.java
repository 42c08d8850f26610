package org.openfse.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The dates of a draft: the care cannot be in the future (an invoice bills acts already done), and a
 * prescription cannot be dated after the care it prescribes. Both block securing.
 */
@Component(service = InvoiceCheck.class)
public final class CareDateCheck implements InvoiceCheck {

    static final String ID = "care-date";
    static final String CARE_IN_FUTURE = "care.future";
    static final String PRESCRIPTION_AFTER_CARE = "prescription.after.care";

    private final Clock clock;
    private final Messages messages;

    @Activate
    public CareDateCheck() {
        this(Clock.systemDefaultZone());
    }

    CareDateCheck(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messages = Messages.load();
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
        List<CheckResult> results = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate care = draft.careDate();
        if (care.isAfter(today)) {
            results.add(blocking(CARE_IN_FUTURE, List.of(FrenchDates.format(care), FrenchDates.format(today))));
        }
        draft.prescriptionDate()
                .filter(prescribed -> prescribed.isAfter(care))
                .ifPresent(prescribed -> results.add(blocking(PRESCRIPTION_AFTER_CARE,
                        List.of(FrenchDates.format(prescribed), FrenchDates.format(care)))));
        return List.copyOf(results);
    }

    private CheckResult blocking(String key, List<String> arguments) {
        return new CheckResult(ID, Severity.BLOCKING, key, arguments, messages.format(key, arguments.toArray()));
    }
}
