package org.openfse.ui.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.PricedInvoice;

/**
 * What the FSE summary shows before signing (seed 002, "AreaFSE - Facture"): the invoice number and
 * date, the mode, the beneficiary, the prescription, the lines and the totals.
 *
 * @param number the invoice number
 * @param invoiceDate the invoice date
 * @param mode the mode de sécurisation
 * @param modeLabel the mode as the user reads it ("SESAM Vitale")
 * @param beneficiary "DESMAUX NATHALIE 15/06/1955 - 1 2550699999999 34"
 * @param amo "AMO : 01-999-9999"
 * @param prescription "Prescription 26/05/2024", empty when none
 * @param careDate the day of care (Date Exécut.)
 * @param priced the priced lines
 * @param exemption the exemption (Exo. TM) shown on each line
 * @param amoTiersPayant "Tiers Payant AMO"
 * @param amcBilling "Facturation AMC"
 * @param amcTiersPayant "Tiers Payant AMC"
 */
public record FseSummary(InvoiceNumber number, LocalDate invoiceDate, SecureMode mode, String modeLabel, String beneficiary,
        String amo, Optional<String> prescription, LocalDate careDate, PricedInvoice priced, String exemption,
        boolean amoTiersPayant, boolean amcBilling, boolean amcTiersPayant) {
    public FseSummary {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(modeLabel, "modeLabel");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(amo, "amo");
        Objects.requireNonNull(prescription, "prescription");
        Objects.requireNonNull(careDate, "careDate");
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(exemption, "exemption");
    }
}
