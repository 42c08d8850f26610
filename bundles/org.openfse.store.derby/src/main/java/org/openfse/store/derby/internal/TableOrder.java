package org.openfse.store.derby.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An order of the tables in which inserts can be sent: every table after the tables its rows
 * refer to (parent, container, referenced aggregates), so that batched inserts flushed in this
 * order satisfy the foreign keys. References of a table to itself (Invoice.recycledAs) are left
 * out: within a table, rows go in the order they were inserted. The audit trail and the settings
 * come last.
 */
final class TableOrder {

    static final String AUDIT = "AUDIT_ENTRY";
    static final String SETTING = "SETTING";

    private final Map<String, Integer> rank = new HashMap<>();

    TableOrder(ModelMapping mapping) {
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        for (TableMap table : mapping.tables().values()) {
            Set<String> deps = dependencies.computeIfAbsent(table.table, k -> new HashSet<>());
            if (table.parent != null) {
                deps.add(table.parent.table);
            }
            if (table.container != null) {
                deps.add(mapping.roots().get(table.container.getEContainingClass()).table);
            }
            for (RefColumn ref : table.refs) {
                TableMap target = mapping.table(ref.target());
                if (target != null) {
                    deps.add(target.table);
                }
            }
            for (TableMap.Join join : table.joins) {
                Set<String> joinDeps = dependencies.computeIfAbsent(join.table(), k -> new HashSet<>());
                joinDeps.add(table.table);
                TableMap target = mapping.table(join.reference().getEReferenceType());
                if (target != null) {
                    joinDeps.add(target.table);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        for (String table : dependencies.keySet()) {
            visit(table, dependencies, visiting, ordered);
        }
        ordered.add(SETTING);
        ordered.add(AUDIT);
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i), i);
        }
    }

    private static void visit(String table, Map<String, Set<String>> dependencies, Set<String> visiting, List<String> ordered) {
        if (ordered.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new IllegalArgumentException("the tables refer to each other in a cycle through " + table);
        }
        for (String dependency : dependencies.getOrDefault(table, Set.of())) {
            if (!dependency.equals(table)) {
                visit(dependency, dependencies, visiting, ordered);
            }
        }
        visiting.remove(table);
        ordered.add(table);
    }

    /** The position of a table in the order (unknown tables last). */
    int rank(String table) {
        return rank.getOrDefault(table, Integer.MAX_VALUE);
    }
}
