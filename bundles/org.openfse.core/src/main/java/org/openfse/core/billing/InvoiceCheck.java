package org.openfse.core.billing;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check run before securing (prescription validity, missing documents, duplicates, NIR key,
 * rights open on the day...). Specialty bundles and the billing bundle register checks; the
 * billing service runs every check whose {@link #specialty()} is the invoice's or {@link #ALL}.
 */
@ConsumerType
public interface InvoiceCheck {

    /** {@link #specialty()} value of checks that apply to every specialty. */
    String ALL = "*";

    /** Stable id, shown with each finding. */
    String id();

    /** The specialty checked, or {@link #ALL}. */
    String specialty();

    /** @return the findings; empty when the draft passes */
    List<CheckResult> check(InvoiceDraft draft);
}
