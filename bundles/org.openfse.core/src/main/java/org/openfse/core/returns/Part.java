package org.openfse.core.returns;

/** Which part of an invoice a payer settles: the mandatory scheme or the complementary one. */
public enum Part {
    /** Assurance maladie obligatoire (entity 198). */
    AMO,
    /** Assurance maladie complémentaire (entity 199). */
    AMC
}
