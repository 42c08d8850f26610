package org.openfse.core.lot;

import java.util.List;
import java.util.Objects;

/**
 * A lot with its invoices, files and acknowledgements.
 *
 * @param summary the lot
 * @param invoices its invoices, by number
 * @param files its B2 files, oldest first
 * @param acks its acknowledgements, oldest first
 */
public record LotDetail(LotSummary summary, List<LotInvoice> invoices, List<LotFile> files, List<LotAck> acks) {

    public LotDetail {
        Objects.requireNonNull(summary, "summary");
        invoices = List.copyOf(invoices);
        files = List.copyOf(files);
        acks = List.copyOf(acks);
    }
}
