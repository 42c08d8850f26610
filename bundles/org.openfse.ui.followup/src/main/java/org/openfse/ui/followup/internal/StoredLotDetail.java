package org.openfse.ui.followup.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openfse.core.lot.LotAck;
import org.openfse.core.lot.LotDetail;
import org.openfse.core.lot.LotFile;
import org.openfse.core.lot.LotInvoice;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.store.Store;
import org.openfse.model.api.Ack;
import org.openfse.model.api.AckStatus;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.api.TransmissionFile;

/**
 * Reads a lot's files, ARL and invoices straight from the store, for when the lot service cannot
 * give the detail: the list keeps working and the failure is logged.
 */
final class StoredLotDetail {

    private StoredLotDetail() {
    }

    static LotDetail read(Store store, LotSummary summary) {
        return store.inTransaction(tx -> {
            Lot lot = tx.repository(Lot.class).get(summary.id());
            Folks folks = new Folks(tx);
            List<LotInvoice> invoices = new ArrayList<>();
            // A copy: resolving an invoice may touch the lot's inverse list.
            for (Invoice member : List.copyOf(lot.getInvoices())) {
                Invoice invoice = folks.resolve(member);
                if (invoice == null || invoice.getNumber() == null) {
                    continue;
                }
                invoices.add(new LotInvoice(tx.repository(Invoice.class).idOf(invoice), invoice.getNumber(), folks.fullName(invoice),
                        invoice.getCareDate(), TransmissionQueries.orZero(invoice.getTotalFees()),
                        TransmissionQueries.orZero(invoice.getTotalAmo()), TransmissionQueries.orZero(invoice.getTotalAmc()),
                        invoice.getState()));
            }
            invoices.sort(Comparator.comparing(LotInvoice::number));
            List<LotFile> files = new ArrayList<>();
            for (TransmissionFile f : lot.getFiles()) {
                files.add(new LotFile(f.getFileName(), f.getPath() == null ? null : Path.of(f.getPath()), f.getSizeBytes(), f.getSha256(),
                        f.getCreatedAt(), f.getSentAt(), f.getTransport()));
            }
            List<LotAck> acks = new ArrayList<>();
            for (Ack a : lot.getAcks()) {
                acks.add(new LotAck(a.getStatus() == AckStatus.POSITIVE, a.getCode(), a.getMessage(), a.getReceivedAt(), a.getFileName()));
            }
            return new LotDetail(summary, invoices, files, acks);
        });
    }
}
