package org.openfse.core.lot;

/** States of a lot, as the seed 002 software lists them. */
public enum LotState {
    /** Mis en lot. */
    IN_LOT,
    /** Fichier créé. */
    FILE_CREATED,
    /** Lot expédié. */
    SENT,
    /** Réexpédié. */
    RESENT,
    /** Lot acheminé (the transport confirmed delivery). */
    DELIVERED,
    /** ARL positif reçu. */
    ARL_POSITIVE,
    /** RSP: NOEMIE returns received for the lot. */
    RSP,
    /** Lot acquitté. */
    ACQUITTED,
    /** ARL négatif reçu. */
    ARL_NEGATIVE,
    /** AR provisoire. */
    PROVISIONAL_ACK,
    /** Absence ARL – manuel obligatoire. */
    NO_ARL_MANUAL,
    /** Absence ARL – renvoyer lot. */
    NO_ARL_RESEND,
    /** Avis de non remise. */
    NOT_DELIVERED,
    /** Lot rejeté. */
    REJECTED,
    /** Erreur. */
    ERROR
}
