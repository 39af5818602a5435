package org.deconfliction.atlas.store;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Whether a failed store operation failed only because another write held the store, so that the same operation
 * succeeds once that write has ended: on the embedded store SQLite's {@code SQLITE_BUSY} or {@code SQLITE_LOCKED}
 * after its busy timeout (a long import or undo holds the file's one write lock); on PostGIS a lock that could not
 * be taken in time, a deadlock or a serialization failure. Anything else (a missing table, a closed pool) is not.
 */
public final class StoreContention {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    /** PostgreSQL's serialization failure, deadlock and lock not available. */
    private static final Set<String> POSTGRES_STATES = Set.of("40001", "40P01", "55P03");

    private StoreContention() {
    }

    /** True when {@code failure} or one of its causes says the store was held by another write; false for null. */
    public static boolean busy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
            if (t instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xff;
                if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                    return true;
                }
            } else if (t instanceof SQLException sql && sql.getSQLState() != null && POSTGRES_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
