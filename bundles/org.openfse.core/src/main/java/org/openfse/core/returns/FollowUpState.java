package org.openfse.core.returns;

/** The states of the "Suivi facturations" list (seed 002). */
public enum FollowUpState {
    /** En cours: sent, nothing (or not everything) received yet. */
    IN_PROGRESS,
    /** Payé: everything expected was paid. */
    PAID,
    /** Rejeté: a part was rejected. */
    REJECTED,
    /** En anomalie: paid an amount other than expected. */
    ANOMALY
}
