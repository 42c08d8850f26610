package org.openfse.store.derby.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hands out row ids in blocks: one {@code NEXT VALUE FOR ENTITY_ID} (a sequence that grows by
 * {@value #BLOCK}, see migration V002) reserves {@value #BLOCK} ids for this process. Ids are
 * unique across tables and workstations; a block left unused (rollback, shutdown) only leaves a
 * gap. Derby never rolls a sequence back, so an id is never handed out twice.
 */
final class IdAllocator {

    /** Must equal the {@code INCREMENT BY} of sequence {@code ENTITY_ID}. */
    static final int BLOCK = 100;

    private long next;
    private long end;

    /** The next id, reading a new block through {@code connection} when the current one is used up. */
    synchronized long next(Connection connection) throws SQLException {
        if (next >= end) {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("VALUES NEXT VALUE FOR ENTITY_ID")) {
                rs.next();
                next = rs.getLong(1);
                end = next + BLOCK;
            }
        }
        return next++;
    }
}
