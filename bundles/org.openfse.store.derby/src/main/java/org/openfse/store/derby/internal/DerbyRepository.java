package org.openfse.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.openfse.core.store.AuditRecord;
import org.openfse.core.store.ConcurrentUpdateException;
import org.openfse.core.store.Page;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Repository;
import org.openfse.core.store.StoreException;

/**
 * The {@link Repository} of one aggregate type within one {@link DerbyTransaction}. Every write
 * is audited in the same transaction; updates and deletes check the version the object was read
 * with (optimistic locking) and lock the row until the transaction ends.
 */
final class DerbyRepository<T> implements Repository<T> {

    private final DerbyTransaction tx;
    private final TableMap root;
    private final Class<T> type;
    private final Queries queries;

    DerbyRepository(DerbyTransaction tx, TableMap root, Class<T> type, Queries queries) {
        this.tx = tx;
        this.root = root;
        this.type = type;
        this.queries = queries;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    private String entity() {
        return root.eClass.getName();
    }

    private EObject object(T object) {
        Objects.requireNonNull(object, "object");
        if (!(object instanceof EObject eObject) || !root.eClass.isInstance(eObject)) {
            throw new IllegalArgumentException("not a " + entity() + ": " + object.getClass().getName());
        }
        if (eObject.eIsProxy()) {
            throw new IllegalArgumentException("a stand-in for " + entity() + " " + Proxies.idOf(tx.mapping(), eObject)
                    + " cannot be written: resolve it first (Transaction.resolve)");
        }
        return eObject;
    }

    @Override
    public long insert(T object) {
        EObject eObject = object(object);
        if (Proxies.idOf(tx.mapping(), eObject) != 0) {
            throw new IllegalArgumentException(entity() + " " + Proxies.idOf(tx.mapping(), eObject)
                    + " is already stored: use update()");
        }
        try {
            long id = tx.writer().insert(root, eObject);
            tx.registerTree(eObject);
            tx.audit().write(entity(), String.valueOf(id), AuditRecord.INSERT, null, AuditJson.of(tx.mapping(), root, eObject));
            return id;
        } catch (SQLException e) {
            throw tx.failure("inserting a " + entity(), e);
        }
    }

    @Override
    public void update(T object) {
        EObject eObject = object(object);
        long id = storedId(eObject);
        long expected = versionOf(object);
        try {
            if (!tx.writer().lockVersion(root, id, expected)) {
                throw conflict(id, expected, tx.writer().storedVersion(root, id));
            }
            String before = before(id, expected);
            tx.writer().update(root, eObject, id);
            tx.assignVersion(eObject, expected + 1);
            tx.registerTree(eObject);
            tx.audit().write(entity(), String.valueOf(id), AuditRecord.UPDATE, before, AuditJson.of(tx.mapping(), root, eObject));
        } catch (SQLException e) {
            throw tx.failure("updating " + entity() + " " + id, e);
        }
    }

    @Override
    public void delete(T object) {
        EObject eObject = object(object);
        long id = storedId(eObject);
        long expected = versionOf(object);
        try {
            if (!tx.writer().lockVersion(root, id, expected)) {
                throw conflict(id, expected, tx.writer().storedVersion(root, id));
            }
            String before = before(id, expected);
            tx.writer().delete(root, id);
            tx.forget(eObject);
            for (EObject stored : storedTree(eObject)) {
                tx.assignId(stored, 0);
            }
            tx.assignVersion(eObject, 0);
            tx.audit().write(entity(), String.valueOf(id), AuditRecord.DELETE, before, null);
        } catch (SQLException e) {
            throw tx.failure("deleting " + entity() + " " + id, e);
        }
    }

    /** The stored state as JSON, with the version the writer had read (the row is already raised). */
    private String before(long id, long expected) throws SQLException {
        List<EObject> stored = tx.reader().load(root, List.of(id), true);
        if (stored.isEmpty()) {
            return null;
        }
        EObject copy = stored.get(0);
        copy.eSet(tx.mapping().versionAttribute(), expected);
        return AuditJson.of(tx.mapping(), root, copy);
    }

    private List<EObject> storedTree(EObject root) {
        List<EObject> all = new ArrayList<>();
        all.add(root);
        for (java.util.Iterator<EObject> it = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(root, false); it.hasNext();) {
            EObject o = it.next();
            if (tx.mapping().isEntity(o) && Proxies.idOf(tx.mapping(), o) != 0
                    && !tx.mapping().isAggregate(o.eClass())) {
                all.add(o);
            }
        }
        return all;
    }

    private ConcurrentUpdateException conflict(long id, long expected, long stored) {
        String label = Messages.entity(entity());
        String message = stored == 0 ? Messages.get("conflict.deleted", label, String.valueOf(id))
                : Messages.get("conflict.changed", label, String.valueOf(id));
        return new ConcurrentUpdateException(entity(), id, expected, stored, message);
    }

    private long storedId(EObject object) {
        long id = Proxies.idOf(tx.mapping(), object);
        if (id == 0) {
            throw new IllegalArgumentException("this " + entity() + " was never stored: use insert()");
        }
        return id;
    }

    @Override
    public Optional<T> find(long id) {
        try {
            List<EObject> found = tx.reader().load(root, List.of(id), false);
            return found.isEmpty() ? Optional.empty() : Optional.of(cast(found.get(0)));
        } catch (SQLException e) {
            throw tx.failure("reading " + entity() + " " + id, e);
        }
    }

    @Override
    public T get(long id) {
        return find(id).orElseThrow(() -> new StoreException(entity() + " " + id + " is not in the database",
                Messages.get("tx.notFound", Messages.entity(entity()), String.valueOf(id)), null));
    }

    @Override
    public long count() {
        try {
            PreparedStatement st = tx.prepare("SELECT COUNT(*) FROM " + root.table);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw tx.failure("counting " + entity(), e);
        }
    }

    @Override
    public Page<T> page(PageRequest request) {
        Objects.requireNonNull(request, "request");
        Queries.SortKey sort = queries.sortKey(request.sortKey());
        Queries.Criteria criteria = request.hasSearch() ? queries.search(request.search()) : null;
        String where = criteria == null ? "" : " WHERE " + criteria.where();
        String from = " FROM " + root.table + " T" + (criteria == null || criteria.join().isEmpty() ? "" : " " + criteria.join());
        String direction = request.descending() ? " DESC" : "";
        String select = "SELECT T.ID" + from + (sort.join().isEmpty() ? "" : " " + sort.join()) + where + " ORDER BY "
                + sort.expression() + direction + (sort.expression().equals("T.ID") ? "" : ", T.ID" + direction)
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try {
            long total;
            PreparedStatement count = tx.prepare("SELECT COUNT(*)" + from + where);
            int next = bind(count, criteria == null ? List.of() : criteria.parameters());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            PreparedStatement st = tx.prepare(select);
            next = bind(st, criteria == null ? List.of() : criteria.parameters());
            st.setLong(next++, request.offset());
            st.setInt(next, request.limit());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<T> items = new ArrayList<>();
            for (EObject o : tx.reader().load(root, ids, false)) {
                items.add(cast(o));
            }
            return new Page<>(items, request.offset(), total);
        } catch (SQLException e) {
            throw tx.failure("listing " + entity(), e);
        }
    }

    private static int bind(PreparedStatement st, List<Queries.Parameter> parameters) throws SQLException {
        int index = 1;
        for (Queries.Parameter parameter : parameters) {
            parameter.bind(st, index++);
        }
        return index;
    }

    @Override
    public Set<String> sortKeys() {
        return new LinkedHashSet<>(queries.sortKeys());
    }

    @Override
    public List<T> findBy(String key, Object value) {
        Queries.Criteria criteria = queries.lookup(Objects.requireNonNull(key, "key"), value);
        try {
            PreparedStatement st = tx.prepare("SELECT T.ID FROM " + root.table + " T"
                    + (criteria.join().isEmpty() ? "" : " " + criteria.join()) + " WHERE " + criteria.where() + " ORDER BY T.ID");
            bind(st, criteria.parameters());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<T> items = new ArrayList<>();
            for (EObject o : tx.reader().load(root, ids, false)) {
                items.add(cast(o));
            }
            return items;
        } catch (SQLException e) {
            throw tx.failure("finding " + entity() + " by " + key, e);
        }
    }

    @Override
    public Set<String> lookupKeys() {
        return new LinkedHashSet<>(queries.lookupKeys());
    }

    @Override
    public long idOf(T object) {
        EObject eObject = (EObject) Objects.requireNonNull(object, "object");
        long id = Proxies.idOf(tx.mapping(), eObject);
        if (id == 0) {
            throw new IllegalArgumentException("this " + entity() + " was never stored");
        }
        return id;
    }

    @Override
    public long versionOf(T object) {
        EObject eObject = (EObject) Objects.requireNonNull(object, "object");
        idOf(object);
        return (Long) eObject.eGet(tx.mapping().versionAttribute());
    }

    @SuppressWarnings("unchecked")
    private T cast(EObject object) {
        return type == null ? (T) object : type.cast(object);
    }
}
