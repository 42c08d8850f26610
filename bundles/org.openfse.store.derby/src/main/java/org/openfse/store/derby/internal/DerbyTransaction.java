package org.openfse.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openfse.core.store.AuditRecord;
import org.openfse.core.store.Repository;
import org.openfse.core.store.StoreException;
import org.openfse.core.store.Transaction;

/**
 * One transaction on one connection (auto-commit off). It holds what the work read (one object
 * per id, so two reads of the same aggregate give the same object), the prepared statements,
 * and an undo log of the ids and versions given to objects, replayed in reverse on rollback.
 */
final class DerbyTransaction implements Transaction {

    /** A setting change, in the audit trail. */
    static final String SETTING_ENTITY = "Setting";

    private final DerbyDatabase database;
    private final Connection connection;
    private final ModelMapping mapping;
    private final QueryCatalog queries;
    private final String actor;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** Inserts waiting in JDBC batches, by statement; sent in table order before any other statement. */
    private final Map<String, Batch> batches = new HashMap<>();
    private final Map<Long, EObject> loaded = new HashMap<>();
    private final Map<Long, EObject> proxies = new HashMap<>();
    private final Map<EClass, DerbyRepository<?>> repositories = new HashMap<>();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final AggregateReader reader;
    private final AggregateWriter writer;
    private final AuditLog audit;
    private boolean open = true;
    private boolean rollbackOnly;
    private boolean broken;

    /** An insert statement with rows added to its batch. */
    private static final class Batch {
        final PreparedStatement statement;
        final int rank;
        final String table;
        int rows;

        Batch(PreparedStatement statement, int rank, String table) {
            this.statement = statement;
            this.rank = rank;
            this.table = table;
        }
    }

    private final TableOrder order;

    DerbyTransaction(DerbyDatabase database, Connection connection, ModelMapping mapping, QueryCatalog queries,
            TableOrder order, String actor) {
        this.database = database;
        this.connection = connection;
        this.mapping = mapping;
        this.queries = queries;
        this.order = order;
        this.actor = Objects.requireNonNull(actor, "actor");
        this.reader = new AggregateReader(this, mapping);
        this.writer = new AggregateWriter(this, mapping);
        this.audit = new AuditLog(this);
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public <T> Repository<T> repository(Class<T> type) {
        checkOpen();
        EClass eClass = mapping.aggregateOf(Objects.requireNonNull(type, "type"));
        if (eClass == null) {
            throw new IllegalArgumentException(type.getName() + " is not an aggregate type of the store: "
                    + mapping.aggregateTypes().stream().map(Class::getSimpleName).sorted().toList());
        }
        @SuppressWarnings("unchecked")
        Repository<T> repository = (Repository<T>) repository(eClass, type);
        return repository;
    }

    /** The repository of an aggregate class (also for dynamic EMF classes, which have no Java type). */
    DerbyRepository<?> repository(EClass eClass, Class<?> type) {
        checkOpen();
        TableMap root = mapping.roots().get(eClass);
        if (root == null) {
            throw new IllegalArgumentException(eClass.getName() + " is not an aggregate of the store");
        }
        return repositories.computeIfAbsent(eClass, c -> new DerbyRepository<>(this, root, type, queries.of(root)));
    }

    @Override
    public List<AuditRecord> auditTrail(Class<?> type, long id) {
        checkOpen();
        EClass eClass = mapping.aggregateOf(type);
        String entity = eClass == null ? type.getSimpleName() : eClass.getName();
        try {
            return audit.trail(entity, String.valueOf(id));
        } catch (SQLException e) {
            throw failure("reading the audit trail of " + entity + " " + id, e);
        }
    }

    /** The audit trail of a class by name (dynamic EMF classes in tests). */
    List<AuditRecord> auditTrail(String entity, long id) {
        checkOpen();
        try {
            return audit.trail(entity, String.valueOf(id));
        } catch (SQLException e) {
            throw failure("reading the audit trail of " + entity + " " + id, e);
        }
    }

    @Override
    public List<AuditRecord> recentAudit(int limit) {
        checkOpen();
        try {
            return audit.recent(limit);
        } catch (SQLException e) {
            throw failure("reading the audit trail", e);
        }
    }

    @Override
    public Optional<String> setting(String name) {
        checkOpen();
        try {
            PreparedStatement st = prepare("SELECT VALUE FROM SETTING WHERE NAME = ?");
            st.setString(1, Objects.requireNonNull(name, "name"));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("reading setting " + name, e);
        }
    }

    @Override
    public void putSetting(String name, String value) {
        checkOpen();
        Optional<String> before = setting(name);
        try {
            PreparedStatement delete = prepare("DELETE FROM SETTING WHERE NAME = ?");
            delete.setString(1, name);
            delete.executeUpdate();
            if (value != null) {
                PreparedStatement insert = prepare("INSERT INTO SETTING (NAME, VALUE) VALUES (?, ?)");
                insert.setString(1, name);
                insert.setString(2, value);
                insert.executeUpdate();
            }
            String action = value == null ? AuditRecord.DELETE : before.isPresent() ? AuditRecord.UPDATE : AuditRecord.INSERT;
            audit.write(SETTING_ENTITY, name, action, before.map(Json::string).orElse(null),
                    value == null ? null : Json.string(value));
        } catch (SQLException e) {
            throw failure("writing setting " + name, e);
        }
    }

    @Override
    public void setRollbackOnly() {
        checkOpen();
        rollbackOnly = true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T resolve(T reference) {
        checkOpen();
        EObject object = (EObject) Objects.requireNonNull(reference, "reference");
        long id = Proxies.idOf(mapping, object);
        EObject known = loaded.get(id);
        if (known != null) {
            return (T) known;
        }
        TableMap table = mapping.table(object.eClass());
        if (table == null || id == 0) {
            throw new IllegalArgumentException("not a stored object: " + object.eClass().getName() + " " + id);
        }
        try {
            long rootId = id;
            TableMap current = table;
            while (!current.root) {
                PreparedStatement st = prepare("SELECT " + current.parentColumn + " FROM " + current.table + " WHERE ID = ?");
                st.setLong(1, rootId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(object.eClass().getName() + " " + id + " is not in the database",
                                Messages.get("tx.notFound", Messages.entity(object.eClass().getName()), String.valueOf(id)), null);
                    }
                    rootId = rs.getLong(1);
                }
                current = current.parent;
            }
            List<EObject> roots = reader.load(current, List.of(rootId), false);
            if (roots.isEmpty() || !loaded.containsKey(id)) {
                throw new StoreException(object.eClass().getName() + " " + id + " is not in the database",
                        Messages.get("tx.notFound", Messages.entity(object.eClass().getName()), String.valueOf(id)), null);
            }
            return (T) loaded.get(id);
        } catch (SQLException e) {
            throw failure("resolving " + object.eClass().getName() + " " + id, e);
        }
    }

    // --- services for the readers, writers and repositories

    DerbyDatabase database() {
        return database;
    }

    ModelMapping mapping() {
        return mapping;
    }

    AggregateReader reader() {
        return reader;
    }

    AggregateWriter writer() {
        return writer;
    }

    AuditLog audit() {
        return audit;
    }

    /**
     * A prepared statement kept until the transaction ends, to be executed at once: the inserts
     * waiting in batches are sent first, so that it sees (and may change) them.
     */
    PreparedStatement prepare(String sql) throws SQLException {
        flush();
        return statement(sql);
    }

    private PreparedStatement statement(String sql) throws SQLException {
        checkOpen();
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            statements.put(sql, st);
        }
        return st;
    }

    /**
     * The insert statement of {@code table}, whose parameters the caller sets before calling
     * {@link #addToBatch}. Batched inserts are sent by {@link #flush()}, table after table in
     * {@link TableOrder} (so foreign keys hold), each table's rows in the order they were added.
     */
    PreparedStatement insert(String table, String sql) throws SQLException {
        Batch batch = batches.get(sql);
        if (batch == null) {
            batch = new Batch(statement(sql), order.rank(table), table);
            batches.put(sql, batch);
        }
        return batch.statement;
    }

    void addToBatch(String sql) throws SQLException {
        Batch batch = batches.get(sql);
        batch.statement.addBatch();
        batch.rows++;
    }

    /** Sends the batched inserts. A failure names the first failing row's SQLState and message. */
    void flush() throws SQLException {
        if (batches.isEmpty()) {
            return;
        }
        List<Batch> pending = new java.util.ArrayList<>(batches.values());
        batches.clear();
        pending.sort(java.util.Comparator.comparingInt(b -> b.rank));
        for (int i = 0; i < pending.size(); i++) {
            Batch batch = pending.get(i);
            if (batch.rows == 0) {
                continue;
            }
            try {
                batch.statement.executeBatch();
            } catch (java.sql.BatchUpdateException e) {
                for (Batch rest : pending.subList(i + 1, pending.size())) {
                    rest.statement.clearBatch();
                }
                SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                throw new SQLException("insert into " + batch.table + " failed: " + cause.getMessage(), cause.getSQLState(), cause);
            }
        }
    }

    long newId() throws SQLException {
        return database.ids().next(connection);
    }

    /** The object with this id read in this transaction, or {@code null}. */
    EObject known(long id) {
        return loaded.get(id);
    }

    /** The object a stored reference points to: the one read in this transaction, else a proxy. */
    EObject reference(EClass type, long id) {
        EObject known = loaded.get(id);
        if (known != null && type.isInstance(known)) {
            return known;
        }
        return proxies.computeIfAbsent(id, k -> Proxies.create(mapping, type, k));
    }

    /** Registers an aggregate and every entity it contains as read in this transaction. */
    void registerTree(EObject root) {
        register(root);
        for (java.util.Iterator<EObject> it = EcoreUtil.getAllContents(root, false); it.hasNext();) {
            register(it.next());
        }
    }

    private void register(EObject object) {
        if (mapping.isEntity(object)) {
            long id = Proxies.idOf(mapping, object);
            if (id != 0) {
                loaded.put(id, object);
            }
        }
    }

    void forget(EObject root) {
        loaded.values().removeIf(o -> o == root || EcoreUtil.isAncestor(root, o));
    }

    /** Gives an object its id, remembering the former one for a rollback. */
    void assignId(EObject object, long id) {
        long before = Proxies.idOf(mapping, object);
        object.eSet(mapping.idAttribute(), id);
        undo.push(() -> object.eSet(mapping.idAttribute(), before));
    }

    void assignVersion(EObject object, long version) {
        Object before = object.eGet(mapping.versionAttribute());
        object.eSet(mapping.versionAttribute(), version);
        undo.push(() -> object.eSet(mapping.versionAttribute(), before));
    }

    /** A failure during the work: the transaction will roll back. */
    StoreException failure(String what, SQLException e) {
        if (SqlErrors.connectionLost(e)) {
            broken = true;
        }
        return SqlErrors.translate(what, e);
    }

    // --- life cycle, driven by TransactionRunner

    boolean rollbackOnly() {
        return rollbackOnly;
    }

    boolean broken() {
        return broken;
    }

    void markBroken() {
        broken = true;
    }

    /** Puts the objects back as they were before the transaction (ids and versions). */
    void undo() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    /** Closes the statements; the transaction cannot be used any more. */
    void close() {
        open = false;
        batches.clear();
        for (PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (SQLException e) {
                // closing: the connection goes back to the pool or is closed anyway
            }
        }
        statements.clear();
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("the transaction has ended: use the Transaction only inside its UnitOfWork");
        }
    }
}
