package org.openfse.core.returns;

import java.time.LocalDate;
import java.util.List;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;

/**
 * One line of "Suivi facturations" (seed 002): Reçu le, Nom du client, Facture, N° facture, Lot,
 * Mt attendu, Mt payé, Mt restant dû, Org. AMO/AMC, Etat, SV.
 *
 * @param invoiceId the {@code Invoice} id
 * @param receivedOn day the last return about it was received, {@code null} when none
 * @param patientName beneficiary, "LAST FIRST"
 * @param invoiceDate invoice date
 * @param number invoice number
 * @param lot lot number (3 digits), blank when not in a lot
 * @param expected what the payers owe (AMO + AMC parts in tiers payant)
 * @param paid what the lettered payment lines paid (signed sum)
 * @param remaining expected - paid
 * @param organismes "01 349 9881 / 1100000000": AMO organisme, then AMC number
 * @param state en cours / payé / rejeté / en anomalie
 * @param secured whether the invoice was secured with the Vitale card (SV column)
 * @param psNumber practitioner's PS number
 * @param rejects its rejects and notices, with their RSP mark
 */
public record InvoiceFollowUp(long invoiceId, LocalDate receivedOn, String patientName, LocalDate invoiceDate,
        InvoiceNumber number, String lot, Money expected, Money paid, Money remaining, String organismes,
        FollowUpState state, boolean secured, String psNumber, List<RejectView> rejects) {

    public InvoiceFollowUp {
        rejects = List.copyOf(rejects);
    }
}
