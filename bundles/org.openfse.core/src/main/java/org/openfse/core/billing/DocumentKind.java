package org.openfse.core.billing;

/**
 * Kinds of documents attached to an invoice (SCOR). The names are those of the model's
 * {@code org.openfse.model.api.AttachmentKind}.
 */
public enum DocumentKind {
    /** Ordonnance (scan of the prescription). */
    PRESCRIPTION,
    /** Feuille de soins papier (needed in dégradé mode). */
    PAPER_FS,
    /** Another document. */
    OTHER
}
