package org.openfse.noemie.internal;

/** Stable codes of the problems a NOEMIE-PS reader reports ({@code RecordError.code()}). */
enum ErrorCode {
    /** The file holds no byte at all. */
    EMPTY_FILE,
    /** A line (file with line ends) is not 128 bytes long. */
    BAD_LENGTH,
    /** The file ends inside a record. */
    TRUNCATED_RECORD,
    /** Records come before the header record 000; they are not read. */
    DATA_BEFORE_HEADER,
    /** No record 000 in the whole file. */
    MISSING_HEADER,
    /** The header declares a record length other than 128 (positions 83-85). */
    HEADER_RECORD_LENGTH,
    /** The last record is not a trailer 999. */
    MISSING_TRAILER,
    /** No data record between the header and the trailer. */
    NO_DATA,
    /** The data record just before the trailer does not carry the indicator 1 (last data record). */
    LAST_FLAG_MISSING,
    /** A data record that is not the last one carries the indicator 1. */
    LAST_FLAG_MISPLACED,
    /** The 3 first characters of an entity are not a 3-digit type code. */
    BAD_ENTITY_TYPE,
    /** An entity's length (up to its {@code @}) is not the catalogue length of its type. */
    BAD_ENTITY_LENGTH,
    /** Characters without an {@code @} at the end of the data, or far longer than any entity. */
    UNTERMINATED_ENTITY,
    /** A 3-digit type code that is not in the catalogue; the entity is skipped (a warning). */
    UNKNOWN_TYPE,
    /** The trailer's record count (positions 56-63) does not match the records read. */
    TRAILER_RECORD_COUNT,
    /** The trailer's lot count (positions 83-85) does not match the 080 entities read. */
    TRAILER_LOT_COUNT,
    /** Header and trailer do not name the same sender, recipient and file (a warning). */
    HEADER_TRAILER_MISMATCH,
    /** A field does not hold what its layout says (digits, date, sign); the entity is not used. */
    BAD_FIELD,
    /** An entity that belongs to an invoice follows a damaged one, or no invoice: it has no reliable owner. */
    ORPHAN_ENTITY,
    /** Lots or invoices before any payment group 070 / 071; read in a group without date. */
    OUTSIDE_GROUP,
    /** A 990 control entity does not match what was read in its group (count or amount). */
    CONTROL_MISMATCH,
    /** The trailer's file total does not match the amounts read. */
    TRAILER_TOTAL,
    /** Too many problems: the rest are counted, not listed. */
    TOO_MANY_ERRORS
}
