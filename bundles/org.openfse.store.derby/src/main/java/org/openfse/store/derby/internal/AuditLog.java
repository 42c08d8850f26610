package org.openfse.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.openfse.core.store.AuditRecord;

/**
 * The audit trail in table AUDIT_ENTRY (migration V001): one row per state change, written in
 * the transaction of the change, so a rolled back change leaves no audit row either. Times are
 * UTC.
 */
final class AuditLog {

    static final int MAX_ACTOR = 128;

    private static final String INSERT = "INSERT INTO AUDIT_ENTRY (OCCURRED_AT, ACTOR, ENTITY, ENTITY_ID, ACTION, "
            + "BEFORE_VALUE, AFTER_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT ID, OCCURRED_AT, ACTOR, ENTITY, ENTITY_ID, ACTION, BEFORE_VALUE, AFTER_VALUE "
            + "FROM AUDIT_ENTRY";

    private final DerbyTransaction tx;

    AuditLog(DerbyTransaction tx) {
        this.tx = tx;
    }

    private final Calendar utcCalendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    void write(String entity, String entityId, String action, String before, String after) throws SQLException {
        PreparedStatement st = tx.insert(TableOrder.AUDIT, INSERT);
        st.setTimestamp(1, Timestamp.from(Instant.now()), utcCalendar);
        String actor = tx.actor();
        st.setString(2, actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) : actor);
        st.setString(3, entity);
        st.setString(4, entityId);
        st.setString(5, action);
        st.setString(6, before);
        st.setString(7, after);
        tx.addToBatch(INSERT);
    }

    List<AuditRecord> trail(String entity, String entityId) throws SQLException {
        PreparedStatement st = tx.prepare(SELECT + " WHERE ENTITY = ? AND ENTITY_ID = ? ORDER BY ID");
        st.setString(1, entity);
        st.setString(2, entityId);
        return read(st);
    }

    List<AuditRecord> recent(int limit) throws SQLException {
        PreparedStatement st = tx.prepare(SELECT + " ORDER BY ID DESC FETCH FIRST ? ROWS ONLY");
        st.setInt(1, Math.max(1, limit));
        return read(st);
    }

    private static List<AuditRecord> read(PreparedStatement st) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                records.add(new AuditRecord(rs.getLong(1), rs.getTimestamp(2, utc()).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Optional.ofNullable(rs.getString(7)),
                        Optional.ofNullable(rs.getString(8))));
            }
        }
        return records;
    }
}
