package org.openfse.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The list queries of one aggregate type: sort keys (SQL expressions on the root table
 * {@code T}, maybe with a join), the search of {@link org.openfse.core.store.PageRequest#search()},
 * and the lookup keys of {@code findBy}. Filtering, sorting and paging all happen in the
 * database.
 */
final class Queries {

    /** An ORDER BY expression, with the join it needs ({@code ""} when none). */
    record SortKey(String expression, String join) {
    }

    /** A WHERE condition on {@code T} and its parameters (bound in order). */
    record Criteria(String join, String where, List<Parameter> parameters) {

        static Criteria of(String where, Parameter... parameters) {
            return new Criteria("", where, List.of(parameters));
        }
    }

    /** A statement parameter. */
    @FunctionalInterface
    interface Parameter {
        void bind(PreparedStatement st, int index) throws SQLException;

        static Parameter text(String value) {
            return (st, i) -> st.setString(i, value);
        }

        static Parameter number(long value) {
            return (st, i) -> st.setLong(i, value);
        }
    }

    final TableMap root;
    private final Map<String, SortKey> sortKeys;
    private final Function<String, Criteria> search;
    private final Map<String, Function<Object, Criteria>> lookups;

    Queries(TableMap root, LinkedHashMap<String, SortKey> sortKeys, Function<String, Criteria> search,
            LinkedHashMap<String, Function<Object, Criteria>> lookups) {
        this.root = root;
        this.sortKeys = Collections.unmodifiableMap(sortKeys);
        this.search = search;
        this.lookups = Collections.unmodifiableMap(lookups);
    }

    /** Sort keys, the default first. */
    Set<String> sortKeys() {
        return sortKeys.keySet();
    }

    SortKey sortKey(String key) {
        String name = key == null ? sortKeys.keySet().iterator().next() : key;
        SortKey sort = sortKeys.get(name);
        if (sort == null) {
            throw new IllegalArgumentException("unknown sort key '" + key + "' for " + root.eClass.getName() + ": " + sortKeys.keySet());
        }
        return sort;
    }

    /** The criteria of a search text (never blank). */
    Criteria search(String text) {
        return search.apply(text.strip());
    }

    Set<String> lookupKeys() {
        return lookups.keySet();
    }

    Criteria lookup(String key, Object value) {
        Function<Object, Criteria> lookup = lookups.get(key);
        if (lookup == null) {
            throw new IllegalArgumentException("unknown lookup key '" + key + "' for " + root.eClass.getName() + ": " + lookups.keySet());
        }
        return lookup.apply(value);
    }

    static List<Parameter> concat(List<Parameter> a, List<Parameter> b) {
        List<Parameter> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
