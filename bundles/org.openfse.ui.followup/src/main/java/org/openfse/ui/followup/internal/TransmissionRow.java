package org.openfse.ui.followup.internal;

import java.time.LocalDate;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.sesam.SecureMode;

/**
 * One line of the Télétransmissions list (seed 002: Nom, Prénom, Facture, N°Fact, M€ Fact, M€ RO,
 * RO, M€ RC, RC, Caisse RO, Mutuelle, Etat FSE, PJ, SV).
 */
public record TransmissionRow(long invoiceId, String lastName, String firstName, LocalDate invoiceDate, InvoiceNumber number,
        Money fees, Money amo, boolean amoTiersPayant, Money amc, boolean amcTiersPayant, String caisse, String mutuelle,
        InvoiceState state, SecureMode secureMode, int missingAttachments) {

    /** Only secured invoices can be put in a lot. */
    public boolean selectable() {
        return StateLabels.selectable(state);
    }
}
