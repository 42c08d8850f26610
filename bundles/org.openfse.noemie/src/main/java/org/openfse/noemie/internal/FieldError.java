package org.openfse.noemie.internal;

/** A field of an entity that does not hold what its layout says (digits, a date, a sign). */
final class FieldError extends Exception {

    private static final long serialVersionUID = 1L;

    FieldError(String message) {
        super(message, null, false, false);
    }
}
