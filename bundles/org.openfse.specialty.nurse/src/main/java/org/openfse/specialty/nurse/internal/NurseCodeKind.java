package org.openfse.specialty.nurse.internal;

/** How a nurse code is priced; the {@code kind} column of {@code ngap-nurse.csv}. */
enum NurseCodeKind {
    /** Key letter times coefficient; NGAP article 11 B applies between acts of one session. */
    ACT,
    /** Fixed amount per unit (BSA, BSB, BSC). */
    FORFAIT,
    /** Fixed majoration (MAU, MCI). */
    MAJORATION,
    /** Night or Sunday majoration, one per session. */
    TIME,
    /** Indemnité forfaitaire de déplacement. */
    TRAVEL,
    /** Indemnité kilométrique; quantity is the billable distance in km. */
    MILEAGE
}
