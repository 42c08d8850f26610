package org.openfse.core.routing;

/** How the complementary part is managed. */
public enum AmcManagement {
    /** No complementary insurer on this invoice. */
    NONE,
    /** Gestion unique: the AMO (or the OCT) forwards the AMC part; one FSE carries both. */
    UNIQUE,
    /** Gestion séparée: the AMC part travels in its own DRE. */
    SEPARATE
}
