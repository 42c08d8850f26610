package org.openfse.core.returns;

/** What became of an incoming return file. */
public enum ImportStatus {
    /** Read without any problem and integrated. */
    IMPORTED,
    /** Integrated, but some records could not be used (listed with their position and reason). */
    IMPORTED_WITH_ERRORS,
    /** The same bytes (same SHA-256) were already imported: nothing was changed. */
    DUPLICATE,
    /** Nothing could be read: the file is kept in quarantine with its reason, nothing integrated. */
    QUARANTINED
}
