package org.openfse.core.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.sesam.SecuringException;

/**
 * The billing service refused an operation. {@link #getMessage()} is the French text for the
 * user; {@link #reason()} says why for the code.
 */
public final class BillingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an operation was refused. */
    public enum Reason {
        /** No invoice, practitioner, patient, beneficiary or prescription with that id. */
        NOT_FOUND,
        /** The operation does not apply to this invoice (a DRE operation on an FSE, a counterpart...). */
        NOT_APPLICABLE,
        /** A request value is not acceptable (unknown justification, empty reject cause...). */
        INVALID,
        /** Checks before securing found BLOCKING findings: see {@link #findings()}. */
        CHECKS_FAILED,
        /** The SESAM engine refused: see {@link #securingReason()}. */
        SECURING_REFUSED,
        /** No SESAM engine is installed. */
        NO_ENGINE,
        /** The invoice was changed by somebody else meanwhile; read it again. */
        CONFLICT
    }

    private final Reason reason;
    private final transient List<CheckResult> findings;
    private final SecuringException.Reason securingReason;

    public BillingException(Reason reason, String message) {
        this(reason, message, List.of(), null, null);
    }

    public BillingException(Reason reason, String message, List<CheckResult> findings, SecuringException.Reason securingReason,
            Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.findings = List.copyOf(findings);
        this.securingReason = securingReason;
    }

    public Reason reason() {
        return reason;
    }

    /** The findings of the checks, for {@link Reason#CHECKS_FAILED} (BLOCKING and WARNING ones). */
    public List<CheckResult> findings() {
        return findings;
    }

    /** The engine's reason, for {@link Reason#SECURING_REFUSED}. */
    public Optional<SecuringException.Reason> securingReason() {
        return Optional.ofNullable(securingReason);
    }
}
