package org.openfse.ui.followup.internal;

import java.util.HashMap;
import java.util.Map;
import org.openfse.core.store.StoreException;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Practitioner;

/**
 * Resolves, inside one transaction, the objects of other aggregates an invoice refers to (the
 * beneficiary and coverages live in the patient folder, the practitioner in its own aggregate),
 * caching what was read. A reference that cannot be read gives empty texts, never an error.
 */
final class Folks {

    private static final System.Logger LOG = System.getLogger(Folks.class.getName());

    private final Transaction tx;
    private final Map<Object, Object> cache = new HashMap<>();

    Folks(Transaction tx) {
        this.tx = tx;
    }

    String lastName(Invoice invoice) {
        Beneficiary b = resolve(invoice.getBeneficiary());
        return b == null || b.getLastName() == null ? "" : b.getLastName();
    }

    String firstName(Invoice invoice) {
        Beneficiary b = resolve(invoice.getBeneficiary());
        return b == null || b.getFirstName() == null ? "" : b.getFirstName();
    }

    /** "DURAND DENIS", as Suivi facturations shows the client. */
    String fullName(Invoice invoice) {
        return (lastName(invoice) + " " + firstName(invoice)).strip().toUpperCase(java.util.Locale.FRANCE);
    }

    /** "01 349 9881": régime, caisse, centre of the AMO coverage. */
    String caisse(Invoice invoice) {
        AmoCoverage amo = resolve(invoice.getAmoCoverage());
        if (amo == null) {
            return "";
        }
        return String.join(" ", nonNull(amo.getRegime()), nonNull(amo.getCaisse()), nonNull(amo.getCentre())).strip();
    }

    /** The AMC number and label, "99999997 Mutuelle de démonstration"; empty without AMC. */
    String mutuelle(Invoice invoice) {
        AmcCoverage amc = resolve(invoice.getAmcCoverage());
        if (amc == null) {
            return "";
        }
        return (nonNull(amc.getAmcNumber()) + " " + nonNull(amc.getLabel())).strip();
    }

    /** The AMC number alone. */
    String amcNumber(Invoice invoice) {
        AmcCoverage amc = resolve(invoice.getAmcCoverage());
        return amc == null ? "" : nonNull(amc.getAmcNumber());
    }

    String psNumber(Invoice invoice) {
        Practitioner p = resolve(invoice.getPractitioner());
        return p == null ? "" : nonNull(p.getPsNumber());
    }

    @SuppressWarnings("unchecked")
    <T> T resolve(T reference) {
        if (reference == null) {
            return null;
        }
        if (cache.containsKey(reference)) {
            return (T) cache.get(reference);
        }
        T resolved;
        try {
            resolved = tx.resolve(reference);
        } catch (StoreException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot resolve " + reference.getClass().getSimpleName() + ": " + e.getMessage());
            resolved = null;
        }
        cache.put(reference, resolved);
        return resolved;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
