package org.openfse.core.routing;

/** Which electronic documents an invoice produces (DOMAIN.md, "Actors and flows"). */
public enum InvoiceFlow {
    /** FSE with the AMO part only. */
    FSE_RO,
    /** One FSE carrying AMO and AMC parts (gestion unique). */
    FSE_RO_RC,
    /** An FSE for the AMO and a DRE for the AMC (gestion séparée). */
    FSE_AND_DRE,
    /** A DRE only (no AMO part to claim, AMC in gestion séparée). */
    DRE_ONLY
}
