package org.openfse.billing.internal;

import java.util.Objects;
import java.util.logging.Logger;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.billing.BillingException;
import org.openfse.core.store.ConcurrentUpdateException;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.PractitionerSettings;
import org.openfse.model.meta.OpenfseFactory;

/**
 * Hands out invoice numbers: the practitioner's {@code PractitionerSettings.nextInvoiceNumber}
 * (0 when never set means 1), raised by one, in a transaction of its own that commits before the
 * number is used (docs/adr: numbering). A number is therefore never handed out twice, even when the
 * work that uses it rolls back. A number already carried by one of the practitioner's stored
 * invoices (data imported from elsewhere) is skipped. Two workstations taking a number at the same
 * moment conflict on the practitioner's version; the loser tries again.
 */
final class NumberAllocator {

    private static final Logger LOG = Logger.getLogger(NumberAllocator.class.getName());
    private static final int ATTEMPTS = 10;

    private final Store store;
    private final Refusals refusals;

    NumberAllocator(Store store, Refusals refusals) {
        this.store = Objects.requireNonNull(store, "store");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    /** The next number of the practitioner, committed. */
    InvoiceNumber next(String actor, long practitionerId) {
        ConcurrentUpdateException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return store.inTransaction(actor, tx -> take(tx, practitionerId));
            } catch (ConcurrentUpdateException e) {
                last = e;
                LOG.fine(() -> "invoice number of practitioner " + practitionerId + " taken concurrently, retrying");
            }
        }
        throw new BillingException(BillingException.Reason.CONFLICT,
                refusals.messages().format("conflict", "-"), java.util.List.of(), null, last);
    }

    private InvoiceNumber take(Transaction tx, long practitionerId) {
        Practitioner practitioner = tx.repository(Practitioner.class).find(practitionerId)
                .orElseThrow(() -> refusals.notFound("practitioner", practitionerId));
        PractitionerSettings settings = practitioner.getSettings();
        if (settings == null) {
            settings = OpenfseFactory.eINSTANCE.createPractitionerSettings();
            practitioner.setSettings(settings);
        }
        long next = Math.max(1, settings.getNextInvoiceNumber());
        while (next <= InvoiceNumber.MAX && used(tx, practitionerId, new InvoiceNumber((int) next))) {
            LOG.warning("invoice number " + next + " of practitioner " + practitionerId + " is already used: skipped");
            next++;
        }
        if (next > InvoiceNumber.MAX) {
            throw refusals.of(BillingException.Reason.INVALID, "invalid.numbers", practitioner.getPsNumber());
        }
        // the counter holds the next number to hand out; after 999999999 it stays above MAX
        settings.setNextInvoiceNumber((int) Math.min(Integer.MAX_VALUE, next + 1));
        tx.repository(Practitioner.class).update(practitioner);
        return new InvoiceNumber((int) next);
    }

    private static boolean used(Transaction tx, long practitionerId, InvoiceNumber number) {
        for (Invoice invoice : tx.repository(Invoice.class).findBy("number", number)) {
            Practitioner owner = invoice.getPractitioner();
            if (owner != null && owner.getId() == practitionerId) {
                return true;
            }
        }
        return false;
    }
}
