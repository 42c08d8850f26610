package org.openfse.store.derby.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the tables the model needs ({@link ModelMapping}) with the migrated database: every
 * table and column must exist. A mismatch means the model changed without a migration; the store
 * then refuses to start rather than fail on the first write.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** The missing {@code TABLE} or {@code TABLE.COLUMN} names; empty when the schema fits. */
    static List<String> missing(Connection connection, ModelMapping mapping) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> missing = new ArrayList<>();
        for (TableMap table : mapping.tables().values()) {
            check(meta, schema, table.table, table.allColumns(), missing);
        }
        for (TableMap.Join join : mapping.joins()) {
            check(meta, schema, join.table(), List.of(join.ownerColumn(), "POSITION", join.targetColumn()), missing);
        }
        return missing;
    }

    private static void check(DatabaseMetaData meta, String schema, String table, List<String> columns, List<String> missing)
            throws SQLException {
        Set<String> present = new HashSet<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                present.add(rs.getString("COLUMN_NAME"));
            }
        }
        if (present.isEmpty()) {
            missing.add(table);
            return;
        }
        for (String column : columns) {
            if (!present.contains(column)) {
                missing.add(table + "." + column);
            }
        }
    }
}
