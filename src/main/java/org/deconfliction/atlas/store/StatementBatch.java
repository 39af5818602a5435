package org.deconfliction.atlas.store;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * One SQL statement run for many rows of parameters as one JDBC batch on the current connection (so within the
 * caller's transaction), each parameter bound as the value it is ({@code null} as an untyped SQL NULL). Bulk writes
 * use it instead of {@code JdbcOperations.batchUpdate}, which looks up each parameter's SQL type, a cost that a
 * 100,000-row import paid two million times; errors are translated the same way. Public so that the tables kept
 * beside the store's (import records, stored derived attributes) are written the same way.
 */
public final class StatementBatch {

    private StatementBatch() {
    }

    /** Runs {@code sql} once for each row of parameters; the rows changed by each, in order. No rows, no statement. */
    public static int[] run(JdbcOperations jdbc, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return jdbc.execute((ConnectionCallback<int[]>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            statement.setNull(i + 1, Types.NULL);
                        } else {
                            statement.setObject(i + 1, row[i]);
                        }
                    }
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        });
    }
}
