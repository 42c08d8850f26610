package org.openfse.core.card;

/** What kind of card sits in a reader, as told by its ATR. */
public enum CardType {
    /** Patient card (carte Vitale). */
    VITALE,
    /** Health professional card (carte de professionnel de santé). */
    CPS,
    /** Staff card of a practice (carte de personnel d'établissement), used in désynchronisé mode. */
    CPE,
    /** A card whose ATR no installed card profile knows. */
    UNKNOWN,
    /** No card in the reader. */
    NONE
}
