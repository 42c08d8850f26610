package org.openfse.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes whole aggregates. Contained entities keep their ids across updates (other aggregates
 * refer to them): an update compares the stored child rows with the objects, updates those that
 * are still there, inserts the new ones and deletes the others with their own children (child
 * tables have no foreign key to their parent, see V002: the store deletes them itself). Every id
 * and version given to an object is recorded in the transaction's undo log, so a rollback gives
 * the objects back their former state.
 */
final class AggregateWriter {

    private final DerbyTransaction tx;
    private final ModelMapping mapping;

    AggregateWriter(DerbyTransaction tx, ModelMapping mapping) {
        this.tx = tx;
        this.mapping = mapping;
    }

    /** Inserts a new aggregate with version 1; returns its id. */
    long insert(TableMap root, EObject object) throws SQLException {
        long id = tx.newId();
        PreparedStatement st = tx.insert(root.table, root.insertSql());
        st.setLong(1, id);
        st.setLong(2, 1);
        bindData(root, object, st, 3);
        tx.addToBatch(root.insertSql());
        tx.assignId(object, id);
        tx.assignVersion(object, 1);
        insertChildren(root, object, id);
        writeJoins(root, object, id, false);
        return id;
    }

    /**
     * Raises the stored version from {@code expected} to {@code expected + 1}, which also locks the
     * row until the transaction ends.
     *
     * @return whether the stored version was {@code expected}
     */
    boolean lockVersion(TableMap root, long id, long expected) throws SQLException {
        PreparedStatement st = tx.prepare("UPDATE " + root.table + " SET VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?");
        st.setLong(1, id);
        st.setLong(2, expected);
        return st.executeUpdate() == 1;
    }

    /** The stored version, 0 when the row is gone. */
    long storedVersion(TableMap root, long id) throws SQLException {
        PreparedStatement st = tx.prepare("SELECT VERSION FROM " + root.table + " WHERE ID = ?");
        st.setLong(1, id);
        try (ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Writes the data of a locked aggregate and its children (the version was raised by {@link #lockVersion}). */
    void update(TableMap root, EObject object, long id) throws SQLException {
        PreparedStatement st = tx.prepare(root.updateSql());
        int next = bindData(root, object, st, 1);
        st.setLong(next, id);
        st.executeUpdate();
        syncChildren(root, object, id);
        writeJoins(root, object, id, true);
    }

    /** Deletes a locked aggregate with its child rows and join rows. */
    void delete(TableMap root, long id) throws SQLException {
        deleteRows(root, List.of(id));
    }

    /** Deletes rows of {@code table} and, first, everything below them. */
    private void deleteRows(TableMap table, List<Long> ids) throws SQLException {
        for (TableMap child : table.children) {
            List<Long> childIds = new ArrayList<>();
            for (List<Long> chunk : AggregateReader.chunks(ids)) {
                PreparedStatement select = tx.prepare("SELECT ID FROM " + child.table + " WHERE " + child.parentColumn + " IN ("
                        + AggregateReader.marks(chunk.size()) + ")");
                AggregateReader.bind(select, chunk);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        childIds.add(rs.getLong(1));
                    }
                }
            }
            if (!childIds.isEmpty()) {
                deleteRows(child, childIds);
            }
        }
        for (List<Long> chunk : AggregateReader.chunks(ids)) {
            for (TableMap.Join join : table.joins) {
                PreparedStatement delete = tx.prepare("DELETE FROM " + join.table() + " WHERE " + join.ownerColumn() + " IN ("
                        + AggregateReader.marks(chunk.size()) + ")");
                AggregateReader.bind(delete, chunk);
                delete.executeUpdate();
            }
            PreparedStatement delete = tx.prepare("DELETE FROM " + table.table + " WHERE ID IN ("
                    + AggregateReader.marks(chunk.size()) + ")");
            AggregateReader.bind(delete, chunk);
            delete.executeUpdate();
        }
    }

    private void insertChildren(TableMap table, EObject owner, long ownerId) throws SQLException {
        for (TableMap child : table.children) {
            List<EObject> objects = children(owner, child);
            for (int position = 0; position < objects.size(); position++) {
                insertChild(child, objects.get(position), ownerId, position);
            }
        }
    }

    private void insertChild(TableMap child, EObject object, long ownerId, int position) throws SQLException {
        long id = tx.newId();
        PreparedStatement st = tx.insert(child.table, child.insertSql());
        st.setLong(1, id);
        st.setLong(2, ownerId);
        int next = 3;
        if (child.ordered()) {
            st.setInt(next++, position);
        }
        bindData(child, object, st, next);
        tx.addToBatch(child.insertSql());
        tx.assignId(object, id);
        insertChildren(child, object, id);
        writeJoins(child, object, id, false);
    }

    private void syncChildren(TableMap table, EObject owner, long ownerId) throws SQLException {
        for (TableMap child : table.children) {
            Set<Long> stored = new HashSet<>();
            PreparedStatement select = tx.prepare("SELECT ID FROM " + child.table + " WHERE " + child.parentColumn + " = ?");
            select.setLong(1, ownerId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
            }
            List<EObject> objects = children(owner, child);
            for (int position = 0; position < objects.size(); position++) {
                EObject object = objects.get(position);
                long id = Proxies.idOf(mapping, object);
                if (id != 0 && stored.remove(id)) {
                    PreparedStatement st = tx.prepare(child.updateSql());
                    int next = 1;
                    if (child.ordered()) {
                        st.setInt(next++, position);
                    }
                    next = bindData(child, object, st, next);
                    st.setLong(next, id);
                    st.executeUpdate();
                    syncChildren(child, object, id);
                    writeJoins(child, object, id, true);
                } else {
                    insertChild(child, object, ownerId, position);
                }
            }
            if (!stored.isEmpty()) {
                deleteRows(child, new ArrayList<>(stored));
            }
        }
    }

    private void writeJoins(TableMap table, EObject object, long id, boolean replace) throws SQLException {
        for (TableMap.Join join : table.joins) {
            if (replace) {
                PreparedStatement delete = tx.prepare("DELETE FROM " + join.table() + " WHERE " + join.ownerColumn() + " = ?");
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            List<?> targets = (List<?>) object.eGet(join.reference(), false);
            String sql = "INSERT INTO " + join.table() + " (" + join.ownerColumn() + ", POSITION, " + join.targetColumn()
                    + ") VALUES (?, ?, ?)";
            for (int position = 0; position < targets.size(); position++) {
                PreparedStatement insert = tx.insert(join.table(), sql);
                insert.setLong(1, id);
                insert.setInt(2, position);
                insert.setLong(3, targetId(table, join.reference().getName(), (EObject) targets.get(position)));
                tx.addToBatch(sql);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static List<EObject> children(EObject owner, TableMap child) {
        Object value = owner.eGet(child.containment);
        if (child.containment.isMany()) {
            return new ArrayList<>((List<EObject>) value);
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    /** Binds the data columns from {@code index}; returns the next free index. */
    private int bindData(TableMap table, EObject object, PreparedStatement st, int index) throws SQLException {
        int i = index;
        if (table.containerColumn != null) {
            EObject container = object.eContainer();
            if (container != null && object.eContainmentFeature() == table.container) {
                st.setLong(i, targetId(table, table.container.getEContainingClass().getName(), container));
            } else {
                st.setNull(i, Types.BIGINT);
            }
            i++;
        }
        for (Column column : table.columns) {
            column.type.write(st, i, column.value(object));
            i += column.type.width();
        }
        for (RefColumn ref : table.refs) {
            EObject holder = ref.via == null ? object : (EObject) object.eGet(ref.via);
            EObject target = holder == null ? null : (EObject) holder.eGet(ref.reference, false);
            if (target == null) {
                st.setNull(i, Types.BIGINT);
            } else {
                st.setLong(i, targetId(table, ref.reference.getName(), target));
            }
            i++;
        }
        for (TableMap.Derived derived : table.derived) {
            st.setString(i++, derived.value().apply(object));
        }
        return i;
    }

    /** The id of a referenced object, which must already be stored. */
    private long targetId(TableMap table, String feature, EObject target) {
        long id = Proxies.idOf(mapping, target);
        if (id == 0) {
            throw new IllegalArgumentException(table.eClass.getName() + "." + feature + " refers to a "
                    + target.eClass().getName() + " that is not stored yet: store it first");
        }
        return id;
    }
}
