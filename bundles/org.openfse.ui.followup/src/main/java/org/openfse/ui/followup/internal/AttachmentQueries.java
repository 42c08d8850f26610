package org.openfse.ui.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openfse.core.store.Page;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.model.api.Attachment;
import org.openfse.model.api.Invoice;

/**
 * The SCOR documents of the invoices of a period (attachments live inside their invoice): invoices
 * are paged by invoice day, newest first, and the paging stops before the period.
 */
final class AttachmentQueries {

    static final int PAGE = 500;

    private AttachmentQueries() {
    }

    static List<AttachmentRow> attachments(Store store, Period period) {
        return store.inTransaction(tx -> {
            Repository<Invoice> invoices = tx.repository(Invoice.class);
            Folks folks = new Folks(tx);
            List<AttachmentRow> rows = new ArrayList<>();
            long offset = 0;
            while (true) {
                Page<Invoice> page = invoices.page(new PageRequest(offset, PAGE, "invoiceDate", true, null));
                for (Invoice invoice : page.items()) {
                    LocalDate day = invoice.getInvoiceDate();
                    if (day != null && day.isBefore(period.from())) {
                        return rows;
                    }
                    if (invoice.getAttachments().isEmpty() || !period.contains(day)) {
                        continue;
                    }
                    for (Attachment attachment : invoice.getAttachments()) {
                        rows.add(new AttachmentRow(attachment.getSentAt(), invoice.getNumber() == null ? 0 : invoice.getNumber().value(),
                                StateLabels.secureShort(invoice.getSecureMode()), folks.lastName(invoice), folks.firstName(invoice),
                                attachment.getState(), attachment.getKind(), attachment.getFileName()));
                    }
                }
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    return rows;
                }
            }
        });
    }
}
