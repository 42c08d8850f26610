package org.openfse.b2;

/**
 * Something {@link B2Checker} found wrong.
 *
 * @param record the record number, counted from 1
 * @param column the 1-based position in the record
 * @param message French, complete ("Enregistrement n° 7, colonne 58 : ...")
 */
public record B2Problem(long record, int column, String message) {
}
