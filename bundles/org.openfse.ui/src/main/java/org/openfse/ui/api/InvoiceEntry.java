package org.openfse.ui.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.widgets.Composite;
import org.openfse.core.tariff.RenewalIndicator;

/**
 * What a specialty contributes to an {@link InvoiceEditor}: its entry widgets and the lines they
 * make. The editor gives the patient, the care date, the "Détail remboursements" table, Vérif.taux,
 * the forçages and securing.
 */
public interface InvoiceEntry {

    /**
     * Builds the specialty's widgets in {@code area} (a one-column {@code GridLayout}); call
     * {@link InvoiceEditor#changed()} whenever they change, so that the rates are checked again.
     */
    void create(Composite area, InvoiceEditor editor);

    /**
     * The lines entered, in order.
     *
     * @throws IllegalArgumentException with a French message naming what is missing or wrong
     */
    List<InvoiceLineInput> lines();

    /**
     * The date of the prescription the acts follow, when there is one ("Ordo.").
     *
     * @throws IllegalArgumentException with a French message when the date typed is not a date
     */
    default Optional<LocalDate> prescriptionDate() {
        return Optional.empty();
    }

    /** Who prescribed, as typed (may be empty). */
    default String prescriber() {
        return "";
    }

    /** The optical renewal indicator RI / RA, for an optician's renewal of a prescription. */
    default Optional<RenewalIndicator> renewal() {
        return Optional.empty();
    }
}
