package org.openfse.core.returns;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Filters of the "Suivi facturations" list.
 *
 * @param from first invoice date (included)
 * @param to last invoice date (included)
 * @param psNumber practitioner's PS number, blank for all
 * @param organisme AMO or AMC organisme code prefix (e.g. {@code 01349}), blank for all
 * @param states states to show, empty for all
 * @param unreconciledOnly only invoices with money still due ("Factures RSP non rapproché")
 */
public record FollowUpFilter(LocalDate from, LocalDate to, String psNumber, String organisme,
        Set<FollowUpState> states, boolean unreconciledOnly) {

    public FollowUpFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        psNumber = psNumber == null ? "" : psNumber.strip();
        organisme = organisme == null ? "" : organisme.replace(" ", "");
        states = Set.copyOf(states);
    }

    /** Everything between two days. */
    public static FollowUpFilter between(LocalDate from, LocalDate to) {
        return new FollowUpFilter(from, to, "", "", Set.of(), false);
    }
}
