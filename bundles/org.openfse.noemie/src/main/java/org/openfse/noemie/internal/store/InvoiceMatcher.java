package org.openfse.noemie.internal.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Practitioner;

/**
 * Finds the invoice a payment line or a reject is about: the practitioner's invoice with that
 * number that still expects an answer from a payer; when several match (numbers restart after
 * 999,999,999), the one of the same lot number, then of the same AMO organisme (the 071 paying
 * organisme starts with régime + caisse, C14).
 */
final class InvoiceMatcher {

    /** States in which an invoice may be paid or rejected. */
    static final Set<InvoiceState> EXPECTING = EnumSet.of(InvoiceState.IN_LOT, InvoiceState.SENT, InvoiceState.ARL_POSITIVE,
            InvoiceState.NO_ARL_EXPECTED, InvoiceState.PAID, InvoiceState.PARTLY_PAID, InvoiceState.REJECTED,
            InvoiceState.ANOMALY);

    /** States read in one go by {@link #preload}: those of invoices still waiting for money. */
    static final Set<InvoiceState> AWAITING = EnumSet.of(InvoiceState.IN_LOT, InvoiceState.SENT, InvoiceState.ARL_POSITIVE,
            InvoiceState.NO_ARL_EXPECTED, InvoiceState.PARTLY_PAID, InvoiceState.REJECTED, InvoiceState.ANOMALY);

    private final Transaction tx;
    private final Repository<Invoice> invoices;
    private final Repository<Practitioner> practitioners;
    private java.util.Map<InvoiceNumber, List<Invoice>> preloaded;

    InvoiceMatcher(Transaction tx) {
        this.tx = tx;
        this.invoices = tx.repository(Invoice.class);
        this.practitioners = tx.repository(Practitioner.class);
    }

    /**
     * Reads every invoice still waiting for money at once (one query per state instead of one per
     * line, for big returns); numbers not found among them are still looked up one by one.
     */
    void preload() {
        preloaded = new java.util.HashMap<>();
        for (InvoiceState state : AWAITING) {
            for (Invoice invoice : invoices.findBy("state", state)) {
                if (invoice.getNumber() != null) {
                    preloaded.computeIfAbsent(invoice.getNumber(), n -> new ArrayList<>(1)).add(invoice);
                }
            }
        }
    }

    /**
     * @param practitionerId the owner of the return, 0 when unknown (any practitioner)
     * @param lot lot number as read ("025"), blank when unknown
     * @param payer paying organisme as read, blank when unknown
     * @return the invoice, or {@code null}
     */
    Invoice find(InvoiceNumber number, long practitionerId, String lot, String payer) {
        List<Invoice> candidates = new ArrayList<>();
        List<Invoice> found = preloaded == null ? null : preloaded.get(number);
        for (Invoice invoice : found != null ? found : invoices.findBy("number", number)) {
            if (!EXPECTING.contains(invoice.getState()) || invoice.getCounterpartOf() != null) {
                continue;
            }
            if (practitionerId != 0 && invoice.getPractitioner() != null
                    && practitioners.idOf(invoice.getPractitioner()) != practitionerId) {
                continue;
            }
            candidates.add(invoice);
        }
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        List<Invoice> sameLot = candidates.stream().filter(i -> lotNumber(i).equals(lot)).toList();
        if (!sameLot.isEmpty()) {
            candidates = sameLot;
        }
        String organisme = payer.replace(" ", "");
        for (Invoice invoice : candidates) {
            String amo = amoOrganisme(invoice);
            if (!amo.isEmpty() && organisme.startsWith(amo.substring(0, Math.min(5, amo.length())))) {
                return invoice;
            }
        }
        return candidates.get(0);
    }

    String lotNumber(Invoice invoice) {
        Lot lot = invoice.getLot();
        return lot == null ? "" : "%03d".formatted(tx.resolve(lot).getNumber());
    }

    String amoOrganisme(Invoice invoice) {
        AmoCoverage coverage = invoice.getAmoCoverage();
        if (coverage == null) {
            return "";
        }
        AmoCoverage read = tx.resolve(coverage);
        return nz(read.getRegime()) + nz(read.getCaisse()) + nz(read.getCentre());
    }

    private static String nz(String text) {
        return text == null ? "" : text.strip();
    }
}
