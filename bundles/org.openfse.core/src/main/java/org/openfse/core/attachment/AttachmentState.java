package org.openfse.core.attachment;

/** States of a scanned attachment (pièce jointe SCOR), seed 002. */
public enum AttachmentState {
    /** Manquant. */
    MISSING,
    /** Non conforme. */
    NON_COMPLIANT,
    /** Conforme. */
    COMPLIANT,
    /** À reconstituer. */
    TO_REBUILD,
    /** Archivé. */
    ARCHIVED,
    /** Sauvegardé. */
    SAVED,
    /** Collecte papier. */
    PAPER_COLLECTION
}
