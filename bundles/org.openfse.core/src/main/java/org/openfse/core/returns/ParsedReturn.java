package org.openfse.core.returns;

import java.util.List;
import java.util.Optional;
import org.openfse.core.Money;

/**
 * Everything read from one NOEMIE-PS file, entities assembled (NOEMIE-PS.md section 6).
 *
 * @param header the 000, empty when the file has none
 * @param payments the payment groups, file order
 * @param declaredTotal the signed file total of the 999, empty without a usable trailer
 * @param summary counts and every problem, with its record and reason
 */
public record ParsedReturn(Optional<ReturnHeader> header, List<PaymentGroup> payments, Optional<Money> declaredTotal,
        ReturnFile summary) {

    public ParsedReturn {
        payments = List.copyOf(payments);
    }

    /** Whether nothing could be read: the file is to be quarantined. */
    public boolean unreadable() {
        return summary.unreadable() || header.isEmpty();
    }
}
