package org.openfse.core.billing;

/**
 * What an invoice is (DOMAIN.md "Actors and flows"). The names are those of the model's
 * {@code org.openfse.model.api.InvoiceKind}, so {@code InvoiceKind.valueOf(model.getKind().name())}
 * converts.
 */
public enum InvoiceKind {
    /** Feuille de soins électronique (AMO part, and AMC part in gestion unique). */
    FSE,
    /** Demande de remboursement électronique (AMC part, gestion séparée). */
    DRE,
    /** DRE d'annulation of a transmitted DRE. */
    DRE_CANCELLATION,
    /** DRE rectificative of a transmitted DRE. */
    DRE_CORRECTION
}
