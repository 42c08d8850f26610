package org.openfse.core.lot;

/** What a bordereau is printed for. */
public enum BordereauKind {
    /** "Bordereau de télétransmission": the trace of what was sent (seed 002, "Edition Bordereau"). */
    TRANSMISSION,
    /**
     * SESAM dégradé: the paper feuilles de soins sent in parallel to the electronic flow, listed with
     * their FSE and lot numbers (seed 003, "La feuille de soins SESAM « dégradé »").
     */
    DEGRADED,
    /**
     * Duplicata after a failed transmission, naming the FSE and lot numbers (seed 003, "Procédure en
     * cas d'échec d'émission").
     */
    DUPLICATE
}
