package org.openfse.core.store;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list.
 *
 * @param items the rows of the page, in order
 * @param offset index of the first row
 * @param total number of rows of the whole (filtered) list
 */
public record Page<T>(List<T> items, long offset, long total) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (offset < 0 || total < 0) {
            throw new IllegalArgumentException("offset and total must be 0 or more");
        }
    }
}
