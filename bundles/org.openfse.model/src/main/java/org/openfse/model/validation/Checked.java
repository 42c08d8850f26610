package org.openfse.model.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of reading a text typed by the user: a value, or the problem that prevents it.
 *
 * @param <T> type of the value
 * @param value the value read, empty when {@code problem} is present
 * @param problem why the text was refused, empty when {@code value} is present
 */
public record Checked<T>(Optional<T> value, Optional<Problem> problem) {

    public Checked {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(problem, "problem");
        if (value.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("exactly one of value and problem");
        }
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(Optional.of(value), Optional.empty());
    }

    public static <T> Checked<T> refused(Problem problem) {
        return new Checked<>(Optional.empty(), Optional.of(problem));
    }

    public boolean isOk() {
        return value.isPresent();
    }

    /** The value. @throws java.util.NoSuchElementException if the text was refused */
    public T get() {
        return value.orElseThrow();
    }
}
