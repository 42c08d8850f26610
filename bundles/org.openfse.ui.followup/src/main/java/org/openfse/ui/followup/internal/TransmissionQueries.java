package org.openfse.ui.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.model.api.Attachment;
import org.openfse.model.api.Invoice;

/**
 * The invoices of the Télétransmissions list: secured invoices not yet in a lot, invoices whose
 * tiers payant is computed but that have no FSE ("TP calculé"), and FSE deleted in the last
 * {@value #CANCELLED_DAYS} days ("FSE supprimée"). Read with {@code findBy("state", …)}: these
 * states hold only the invoices waiting to be sent, never the whole history.
 */
final class TransmissionQueries {

    /** How long a deleted FSE stays visible in the list. */
    static final int CANCELLED_DAYS = 30;

    private TransmissionQueries() {
    }

    static List<TransmissionRow> toTransmit(Store store, LocalDate today) {
        return store.inTransaction(tx -> {
            Repository<Invoice> invoices = tx.repository(Invoice.class);
            Folks folks = new Folks(tx);
            List<TransmissionRow> rows = new ArrayList<>();
            for (InvoiceState state : List.of(InvoiceState.SECURED, InvoiceState.RATES_CHECKED, InvoiceState.CANCELLED)) {
                for (Invoice invoice : invoices.findBy("state", state.name())) {
                    if (state == InvoiceState.SECURED && invoice.getLot() != null) {
                        continue;
                    }
                    if (state == InvoiceState.CANCELLED && (invoice.getInvoiceDate() == null
                            || invoice.getInvoiceDate().isBefore(today.minusDays(CANCELLED_DAYS)))) {
                        continue;
                    }
                    rows.add(row(invoices.idOf(invoice), invoice, folks));
                }
            }
            rows.sort(Comparator.comparing((TransmissionRow r) -> r.number() == null ? 0 : r.number().value()).reversed());
            return rows;
        });
    }

    private static TransmissionRow row(long id, Invoice invoice, Folks folks) {
        int missing = 0;
        for (Attachment attachment : invoice.getAttachments()) {
            if (attachment.getState() == AttachmentState.MISSING) {
                missing++;
            }
        }
        return new TransmissionRow(id, folks.lastName(invoice), folks.firstName(invoice), invoice.getInvoiceDate(),
                invoice.getNumber(), orZero(invoice.getTotalFees()), orZero(invoice.getTotalAmo()), invoice.isAmoTiersPayant(),
                orZero(invoice.getTotalAmc()), invoice.isAmcTiersPayant(), folks.caisse(invoice), folks.mutuelle(invoice),
                invoice.getState(), invoice.getSecureMode(), missing);
    }

    static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }
}
