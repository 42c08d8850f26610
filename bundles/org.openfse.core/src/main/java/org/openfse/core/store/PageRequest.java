package org.openfse.core.store;

import java.util.Objects;

/**
 * A page of a sorted, optionally filtered list.
 *
 * @param offset index of the first row, 0 or more
 * @param limit number of rows, 1 to {@value #MAX_LIMIT}
 * @param sortKey one of {@link Repository#sortKeys()}, or {@code null} for the default order
 * @param descending whether the sort is descending
 * @param search free text filtering the rows (what it matches depends on the type: name or NIR
 *        for patients, number or name for invoices...), or {@code null}/blank for all rows
 */
public record PageRequest(long offset, int limit, String sortKey, boolean descending, String search) {

    /** The largest page the store hands out. */
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /** The first {@code limit} rows in the default order, unfiltered. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, false, null);
    }

    public PageRequest sortedBy(String key, boolean desc) {
        return new PageRequest(offset, limit, Objects.requireNonNull(key, "key"), desc, search);
    }

    public PageRequest matching(String text) {
        return new PageRequest(offset, limit, sortKey, descending, text);
    }

    public PageRequest at(long newOffset) {
        return new PageRequest(newOffset, limit, sortKey, descending, search);
    }

    /** Whether a search text is given. */
    public boolean hasSearch() {
        return search != null && !search.isBlank();
    }
}
