package org.openfse.tariff.cli.internal.json;

import java.util.Objects;

/**
 * The text is not JSON (RFC 8259) or breaks a limit of {@link JsonReader}. {@link #problem()}
 * says what is wrong, {@link #line()} and {@link #column()} where (both from 1; the column
 * counts characters).
 */
public final class JsonException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong, so that callers can word it for their users. */
    public enum Problem {
        /** The text ends before the value is complete. */
        UNEXPECTED_END,
        /** A character that cannot start or continue the value at this place. */
        UNEXPECTED_CHARACTER,
        /** Something follows the value. */
        TRAILING_CONTENT,
        /** A number that JSON does not allow ({@code 01}, {@code 1.}, {@code .5}, {@code +1}...). */
        BAD_NUMBER,
        /** A string with a control character, a bad escape or a lone surrogate. */
        BAD_STRING,
        /** An object names the same member twice. */
        DUPLICATE_KEY,
        /** Objects and arrays nested deeper than {@link JsonReader#MAX_DEPTH}. */
        TOO_DEEP
    }

    private final Problem problem;
    private final int line;
    private final int column;
    private final String found;

    /**
     * @param found the character found at the error, empty at the end of the text
     * @param detail what was expected, in English, for logs
     */
    public JsonException(Problem problem, int line, int column, String found, String detail) {
        super(problem + " at line " + line + ", column " + column + (detail.isEmpty() ? "" : ": " + detail));
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = line;
        this.column = column;
        this.found = Objects.requireNonNull(found, "found");
    }

    /** The character found where the error is ({@code -}), empty at the end of the text. */
    public String found() {
        return found;
    }

    public Problem problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
