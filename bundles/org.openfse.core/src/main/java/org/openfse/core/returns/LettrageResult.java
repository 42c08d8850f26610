package org.openfse.core.returns;

import java.util.List;

/**
 * What one lettrage run did.
 *
 * @param lines payment lines looked at (not yet lettered)
 * @param matched lines matched to an invoice (by number, then lot and organisme)
 * @param paid invoices now fully paid
 * @param partlyPaid invoices paid in part
 * @param anomalies invoices paid an amount other than expected, or paid more than claimed
 * @param rejected invoices rejected (with their reject codes attached)
 * @param unmatched invoice numbers of the lines that match no invoice (left for manual lettrage)
 */
public record LettrageResult(int lines, int matched, int paid, int partlyPaid, int anomalies, int rejected,
        List<String> unmatched) {

    public LettrageResult {
        unmatched = List.copyOf(unmatched);
    }

    /** Nothing done. */
    public static final LettrageResult NONE = new LettrageResult(0, 0, 0, 0, 0, 0, List.of());
}
