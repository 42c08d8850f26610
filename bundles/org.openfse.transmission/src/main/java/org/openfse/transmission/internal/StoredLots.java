package org.openfse.transmission.internal;

import java.util.List;
import org.openfse.core.lot.LotState;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Practitioner;

/** Reading lots and practitioners in a transaction, and moving a lot through {@link LotLifecycle}. */
final class StoredLots {

    private final Transaction tx;
    private final LotLifecycle lifecycle;
    private final LotEvents events;

    StoredLots(Transaction tx, LotLifecycle lifecycle, LotEvents events) {
        this.tx = tx;
        this.lifecycle = lifecycle;
        this.events = events;
    }

    Transaction tx() {
        return tx;
    }

    Lot lot(long id) {
        return tx.repository(Lot.class).find(id).orElseThrow(() -> Texts.error("lot.unknown", id));
    }

    long idOf(Lot lot) {
        return tx.repository(Lot.class).idOf(lot);
    }

    Practitioner practitioner(String psNumber) {
        List<Practitioner> found = tx.repository(Practitioner.class).findBy("psNumber", psNumber);
        if (found.isEmpty()) {
            throw Texts.error("practitioner.unknown", psNumber);
        }
        return found.get(0);
    }

    /** The practitioner a stored lot belongs to. */
    Practitioner practitionerOf(Lot lot) {
        if (lot.getPractitioner() == null) {
            throw Texts.error("lot.noPractitioner", lot.getNumber());
        }
        return tx.resolve(lot.getPractitioner());
    }

    /**
     * The lot's invoices, read in this transaction. The list of the lot holds stand-ins, and reading an
     * invoice may add the real object to it (opposite references): ids are taken from a copy, once each.
     */
    List<Invoice> invoicesOf(Lot lot) {
        List<Invoice> invoices = new java.util.ArrayList<>();
        for (long id : invoiceIds(lot)) {
            invoices.add(tx.repository(Invoice.class).get(id));
        }
        return invoices;
    }

    /** The ids of the lot's invoices, once each. */
    java.util.Set<Long> invoiceIds(Lot lot) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (Invoice member : List.copyOf(lot.getInvoices())) {
            ids.add(tx.repository(Invoice.class).idOf(member));
        }
        return ids;
    }

    /** Moves the lot (checked) without writing it; the caller updates it. */
    void move(Lot lot, LotState to) {
        LotState from = lot.getState();
        if (from == to) {
            return;
        }
        lifecycle.requireTransition(from, to);
        lot.setState(to);
        events.add(lot.getNumber(), from, to);
    }

    void update(Lot lot) {
        tx.repository(Lot.class).update(lot);
    }
}
