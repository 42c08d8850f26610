package org.openfse.billing.internal;

import java.util.List;
import java.util.Objects;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.rights.RightsService;
import org.openfse.core.rights.RightsStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * AMO rights must be open on the day of care (DOMAIN.md "Rights": "droits AMO" is part of the
 * mandatory "vérification du taux"). Closed rights block securing; unknown rights are a warning, the
 * professional may check them on a paper attestation.
 */
@Component(service = InvoiceCheck.class)
public final class RightsOpenCheck implements InvoiceCheck {

    static final String ID = "rights-open";
    static final String CLOSED = "rights.closed";
    static final String UNKNOWN = "rights.unknown";

    private final RightsService rights;
    private final Messages messages;

    /** The rights service of the highest ranking wins, also when it starts later. */
    @Activate
    public RightsOpenCheck(@Reference(name = "rights", policyOption = ReferencePolicyOption.GREEDY) RightsService rights) {
        this.rights = Objects.requireNonNull(rights, "rights");
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
        RightsStatus status = rights.rightsOn(draft.beneficiary(), draft.careDate());
        List<String> arguments = List.of(FrenchDates.format(draft.careDate()));
        return switch (status.state()) {
            case OPEN -> List.of();
            case CLOSED -> List.of(result(Severity.BLOCKING, CLOSED, arguments));
            case UNKNOWN -> List.of(result(Severity.WARNING, UNKNOWN, arguments));
        };
    }

    private CheckResult result(Severity severity, String key, List<String> arguments) {
        return new CheckResult(ID, severity, key, arguments, messages.format(key, arguments.toArray()));
    }
}
