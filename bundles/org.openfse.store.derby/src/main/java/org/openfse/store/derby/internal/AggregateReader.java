package org.openfse.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads whole aggregates: the root rows, then each child table for all the parents at once
 * ({@code WHERE PARENT_ID IN (...)}), so a page of 50 invoices costs one query per table, not
 * per invoice. References to objects of other aggregates become objects of the transaction
 * (already loaded, or a proxy carrying the id, see {@link DerbyTransaction#reference}).
 */
final class AggregateReader {

    /** Ids per {@code IN (...)} list. */
    static final int CHUNK = 200;

    /** Gives the object that a stored reference points to. */
    @FunctionalInterface
    interface References {
        EObject get(org.eclipse.emf.ecore.EClass type, long id);
    }

    private final DerbyTransaction tx;
    private final ModelMapping mapping;
    private References references;

    AggregateReader(DerbyTransaction tx, ModelMapping mapping) {
        this.tx = tx;
        this.mapping = mapping;
    }

    /**
     * The aggregates with these ids, in the same order; missing ids are left out.
     *
     * @param fresh whether to read the database even for objects this transaction already holds
     *        (the "before" state of the audit trail), without registering what is read
     */
    List<EObject> load(TableMap root, List<Long> ids, boolean fresh) throws SQLException {
        // a fresh copy must not touch the transaction's objects: EMF opposites would link them to it
        Map<Long, EObject> detached = new java.util.HashMap<>();
        references = fresh ? (type, id) -> detached.computeIfAbsent(id, k -> Proxies.create(mapping, type, k)) : tx::reference;
        Map<Long, EObject> found = new LinkedHashMap<>();
        List<Long> toRead = new ArrayList<>();
        for (Long id : ids) {
            EObject known = fresh ? null : tx.known(id);
            if (known != null && root.eClass.isInstance(known)) {
                found.put(id, known);
            } else {
                toRead.add(id);
            }
        }
        Map<Long, EObject> read = new LinkedHashMap<>();
        Map<Long, Long> containers = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(toRead)) {
            String sql = "SELECT " + root.selectList() + " FROM " + root.table + " WHERE ID IN (" + marks(chunk.size()) + ")";
            PreparedStatement st = tx.prepare(sql);
            bind(st, chunk);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    EObject object = EcoreUtil.create(root.eClass);
                    long id = rs.getLong(1);
                    object.eSet(mapping.idAttribute(), id);
                    object.eSet(mapping.versionAttribute(), rs.getLong(2));
                    int index = 3;
                    if (root.containerColumn != null) {
                        long container = rs.getLong(index);
                        if (!rs.wasNull()) {
                            containers.put(id, container);
                        }
                        index++;
                    }
                    readData(root, object, rs, index);
                    read.put(id, object);
                }
            }
        }
        if (!read.isEmpty()) {
            loadChildren(root, read, fresh);
            loadJoins(root, read);
            loadInverses(root, read);
            for (Map.Entry<Long, Long> e : containers.entrySet()) {
                EObject container = references.get(root.container.getEContainingClass(), e.getValue());
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) container.eGet(root.container);
                list.add(read.get(e.getKey()));
            }
            if (!fresh) {
                for (EObject object : read.values()) {
                    tx.registerTree(object);
                }
            }
        }
        List<EObject> result = new ArrayList<>();
        for (Long id : ids) {
            EObject object = found.containsKey(id) ? found.get(id) : read.get(id);
            if (object != null) {
                result.add(object);
            }
        }
        return result;
    }

    private void loadChildren(TableMap parent, Map<Long, EObject> parents, boolean fresh) throws SQLException {
        for (TableMap child : parent.children) {
            Map<Long, EObject> read = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(parents.keySet())) {
                String sql = "SELECT " + child.selectList() + " FROM " + child.table + " WHERE " + child.parentColumn
                        + " IN (" + marks(chunk.size()) + ") ORDER BY " + child.parentColumn + ", "
                        + (child.ordered() ? "POSITION" : "ID");
                PreparedStatement st = tx.prepare(sql);
                bind(st, chunk);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        EObject object = EcoreUtil.create(child.eClass);
                        long id = rs.getLong(1);
                        object.eSet(mapping.idAttribute(), id);
                        EObject owner = parents.get(rs.getLong(2));
                        readData(child, object, rs, child.ordered() ? 4 : 3);
                        if (child.containment.isMany()) {
                            @SuppressWarnings("unchecked")
                            EList<EObject> list = (EList<EObject>) owner.eGet(child.containment);
                            list.add(object);
                        } else {
                            owner.eSet(child.containment, object);
                        }
                        read.put(id, object);
                    }
                }
            }
            if (!read.isEmpty()) {
                loadChildren(child, read, fresh);
                loadJoins(child, read);
                loadInverses(child, read);
            }
        }
    }

    private void loadJoins(TableMap table, Map<Long, EObject> owners) throws SQLException {
        for (TableMap.Join join : table.joins) {
            for (List<Long> chunk : chunks(owners.keySet())) {
                String sql = "SELECT " + join.ownerColumn() + ", " + join.targetColumn() + " FROM " + join.table() + " WHERE "
                        + join.ownerColumn() + " IN (" + marks(chunk.size()) + ") ORDER BY " + join.ownerColumn() + ", POSITION";
                PreparedStatement st = tx.prepare(sql);
                bind(st, chunk);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        @SuppressWarnings("unchecked")
                        EList<EObject> list = (EList<EObject>) owners.get(rs.getLong(1)).eGet(join.reference());
                        list.add(references.get(join.reference().getEReferenceType(), rs.getLong(2)));
                    }
                }
            }
        }
    }

    private void loadInverses(TableMap table, Map<Long, EObject> owners) throws SQLException {
        for (TableMap.Inverse inverse : table.inverses) {
            for (List<Long> chunk : chunks(owners.keySet())) {
                String sql = "SELECT " + inverse.column() + ", ID FROM " + inverse.source().table + " WHERE " + inverse.column()
                        + " IN (" + marks(chunk.size()) + ") ORDER BY " + inverse.column() + ", ID";
                PreparedStatement st = tx.prepare(sql);
                bind(st, chunk);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        @SuppressWarnings("unchecked")
                        EList<EObject> list = (EList<EObject>) owners.get(rs.getLong(1)).eGet(inverse.reference());
                        EObject target = references.get(inverse.reference().getEReferenceType(), rs.getLong(2));
                        if (!list.contains(target)) {
                            list.add(target);
                        }
                    }
                }
            }
        }
    }

    /** Reads the data columns from {@code index} on: attributes (creating flattened values), references. */
    private void readData(TableMap table, EObject object, ResultSet rs, int index) throws SQLException {
        int i = index;
        for (Column column : table.columns) {
            Object value;
            try {
                value = column.type.read(rs, i);
            } catch (IllegalArgumentException e) {
                throw new SQLException("unreadable " + table.table + "." + column.names.get(0) + ": " + e.getMessage(), e);
            }
            i += column.type.width();
            if (value == null && column.via != null) {
                continue;
            }
            EObject holder = column.via == null ? object : holder(object, column.via);
            set(holder, column.attribute, value);
        }
        for (RefColumn ref : table.refs) {
            long id = rs.getLong(i++);
            if (rs.wasNull()) {
                continue;
            }
            EObject holder = ref.via == null ? object : holder(object, ref.via);
            holder.eSet(ref.reference, references.get(ref.target(), id));
        }
    }

    private static EObject holder(EObject object, EReference via) {
        EObject holder = (EObject) object.eGet(via);
        if (holder == null) {
            holder = EcoreUtil.create(via.getEReferenceType());
            object.eSet(via, holder);
        }
        return holder;
    }

    @SuppressWarnings("unchecked")
    private static void set(EObject holder, EAttribute attribute, Object value) {
        if (attribute.isMany()) {
            ((EList<Object>) holder.eGet(attribute)).addAll((Collection<Object>) value);
        } else if (value != null) {
            holder.eSet(attribute, value);
        } else if (!attribute.getEAttributeType().getInstanceClass().isPrimitive() && attribute.getDefaultValue() != null) {
            holder.eSet(attribute, null);
        }
    }

    /** IN-list sizes: a list is padded to the next size, so few statement shapes are compiled and cached. */
    private static final int[] SIZES = {1, 10, 50, CHUNK};

    /** The placeholders of an IN list for {@code n} ids, padded to a fixed size. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(padded(n), "?"));
    }

    private static int padded(int n) {
        for (int size : SIZES) {
            if (n <= size) {
                return size;
            }
        }
        throw new IllegalArgumentException("more than " + CHUNK + " ids in one list");
    }

    /** Binds the ids, repeating the last one up to the padded size (a repeated id matches nothing new). */
    static void bind(PreparedStatement st, List<Long> ids) throws SQLException {
        int size = padded(ids.size());
        for (int i = 0; i < size; i++) {
            st.setLong(i + 1, ids.get(Math.min(i, ids.size() - 1)));
        }
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
