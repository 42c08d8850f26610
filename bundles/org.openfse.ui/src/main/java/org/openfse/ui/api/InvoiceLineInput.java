package org.openfse.ui.api;

import java.util.Objects;
import org.openfse.core.tariff.ActLine;

/**
 * One line of an invoice as a specialty screen entered it: the act for the tariff engine and the
 * text of the "Détail" column of the "Détail remboursements" table (seed 002: "MADELE",
 * "V Airwear Cz EasyP Chrono").
 *
 * @param act the act, LPP code, quantity, unit price, coefficient
 * @param detail what the line is, for the user (may be empty)
 */
public record InvoiceLineInput(ActLine act, String detail) {
    public InvoiceLineInput {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(detail, "detail");
    }
}
