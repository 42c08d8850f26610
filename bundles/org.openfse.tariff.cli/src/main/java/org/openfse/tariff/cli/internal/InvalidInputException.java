package org.openfse.tariff.cli.internal;

import java.util.Objects;

/** The input names a field with a wrong or missing value; the message is French, for the user. */
final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidInputException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The field at fault, as a path: {@code lines[0].unitPrice}, {@code coverage.nature}. */
    String field() {
        return field;
    }
}
