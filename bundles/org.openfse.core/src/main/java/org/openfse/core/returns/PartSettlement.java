package org.openfse.core.returns;

import java.util.Objects;
import org.openfse.core.Money;

/**
 * What a return says about one part of an invoice: entity 198 (AMO) or 199 (AMC), NOEMIE-PS.md
 * 6.2, 7.15, 7.16.
 *
 * @param part AMO or AMC
 * @param claimed amount claimed (never negative, C3)
 * @param state payment state
 * @param paid amount paid, signed (C3)
 * @param amcNumber 199 only: the AMC number, blank for AMO
 * @param memberId 199 only: the member's identifier at the AMC, blank for AMO
 */
public record PartSettlement(Part part, Money claimed, PartState state, Money paid, String amcNumber, String memberId) {

    public PartSettlement {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paid, "paid");
        amcNumber = amcNumber == null ? "" : amcNumber;
        memberId = memberId == null ? "" : memberId;
    }

    /** State {@code P} and paid less than claimed (a partial payment). */
    public boolean partlyPaid() {
        return state == PartState.PAID && paid.compareTo(claimed) < 0;
    }

    /** State {@code P} and paid more than claimed: an anomaly. */
    public boolean overpaid() {
        return state == PartState.PAID && paid.compareTo(claimed) > 0;
    }
}
