package org.openfse.store.derby.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * How objects of one EMF class map to one table: an aggregate root (with {@code VERSION}), or an
 * entity contained in a parent table (with {@code <PARENT>_ID} and, for lists,
 * {@code POSITION}). The SQL texts are built once.
 */
final class TableMap {

    /** A column the store computes from the object (search keys), not an attribute. */
    record Derived(String name, Function<EObject, String> value) {
    }

    /** A list reference kept in a join table: {@code (OWNER_ID, POSITION, TARGET_ID)}. */
    record Join(EReference reference, String table, String ownerColumn, String targetColumn) {
    }

    /**
     * A list reference read from the other side's column (Lot.invoices from INVOICE.LOT_ID); it is
     * written by the other side only.
     */
    record Inverse(EReference reference, TableMap source, String column) {
    }

    final EClass eClass;
    final String table;
    final boolean root;

    /** For a child table: its parent, the containment in the parent's class, and the FK column. */
    final TableMap parent;
    final EReference containment;
    final String parentColumn;

    /** For an aggregate contained in another aggregate (Invoice in Practitioner.invoices). */
    EReference container;
    String containerColumn;

    final List<Column> columns = new ArrayList<>();
    final List<RefColumn> refs = new ArrayList<>();
    final List<Derived> derived = new ArrayList<>();
    final List<TableMap> children = new ArrayList<>();
    final List<Join> joins = new ArrayList<>();
    final List<Inverse> inverses = new ArrayList<>();

    private String selectList;
    private String insertSql;
    private String updateSql;

    TableMap(EClass eClass, String table, TableMap parent, EReference containment) {
        this.eClass = eClass;
        this.table = table;
        this.root = parent == null;
        this.parent = parent;
        this.containment = containment;
        this.parentColumn = parent == null ? null : parent.table + "_ID";
    }

    /** Whether this child table keeps list order in {@code POSITION}. */
    boolean ordered() {
        return containment != null && containment.isMany();
    }

    /** The data columns, in statement order: container, attributes, references, derived. */
    List<String> dataColumns() {
        List<String> names = new ArrayList<>();
        if (containerColumn != null) {
            names.add(containerColumn);
        }
        for (Column c : columns) {
            names.addAll(c.names);
        }
        for (RefColumn r : refs) {
            names.add(r.name);
        }
        for (Derived d : derived) {
            names.add(d.name());
        }
        return names;
    }

    /** Every column of the table. */
    List<String> allColumns() {
        List<String> names = new ArrayList<>();
        names.add("ID");
        if (root) {
            names.add("VERSION");
        } else {
            names.add(parentColumn);
            if (ordered()) {
                names.add("POSITION");
            }
        }
        names.addAll(dataColumns());
        return names;
    }

    /** {@code ID, VERSION|PARENT_ID[, POSITION], data...} */
    String selectList() {
        if (selectList == null) {
            selectList = String.join(", ", allColumns());
        }
        return selectList;
    }

    String insertSql() {
        if (insertSql == null) {
            List<String> all = allColumns();
            insertSql = "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                    + String.join(", ", all.stream().map(c -> "?").toList()) + ")";
        }
        return insertSql;
    }

    /** {@code UPDATE ... SET [POSITION, ]data... WHERE ID = ?} (the version is raised separately). */
    String updateSql() {
        if (updateSql == null) {
            List<String> set = new ArrayList<>();
            if (ordered()) {
                set.add("POSITION");
            }
            set.addAll(dataColumns());
            updateSql = "UPDATE " + table + " SET " + String.join(", ", set.stream().map(c -> c + " = ?").toList())
                    + " WHERE ID = ?";
        }
        return updateSql;
    }

    /** This table and every table below it, depth first. */
    List<TableMap> subtree() {
        List<TableMap> all = new ArrayList<>();
        all.add(this);
        for (TableMap child : children) {
            all.addAll(child.subtree());
        }
        return all;
    }

    @Override
    public String toString() {
        return table + "(" + eClass.getName() + ")";
    }
}
