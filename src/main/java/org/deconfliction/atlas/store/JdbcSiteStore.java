package org.deconfliction.atlas.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.site.Site;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/** {@link SiteStore} over the store's database, through {@link VersionedWrites}. */
@Service
class JdbcSiteStore implements SiteStore {

    /** How many of the incidents naming a site a refused delete lists. */
    private static final int LISTED = 5;

    private final VersionedWrites<Site> writes;
    private final JdbcOperations jdbc;

    JdbcSiteStore(JdbcOperations jdbc, TransactionOperations transactions, StoreDialect dialect, StoreChanges changes) {
        this.jdbc = jdbc;
        this.writes = new VersionedWrites<>(new SiteTable(dialect), dialect, jdbc, transactions, changes, Clock.systemUTC());
    }

    @Override
    public Optional<Versioned<Site>> current(String id) {
        return writes.current(id);
    }

    @Override
    public List<ItemVersion<Site>> history(String id) {
        return writes.versions().history(jdbc, id);
    }

    @Override
    public Optional<ItemVersion<Site>> version(String id, long version) {
        return writes.versions().version(jdbc, id, version);
    }

    @Override
    public Versioned<Site> create(Site site, Edit edit) {
        return writes.createAll(List.of(site), edit).getFirst();
    }

    @Override
    public Versioned<Site> update(Site site, long expectedVersion, Edit edit) {
        return writes.update(site, expectedVersion, edit);
    }

    /** Deletes the site unless an incident that is not deleted names it, checked in the delete's transaction. */
    @Override
    public long delete(String id, long expectedVersion, Edit edit) {
        return writes.delete(id, expectedVersion, edit, inTransaction -> {
            Long count = inTransaction.queryForObject("SELECT COUNT(*) FROM incidents WHERE site_id = ? AND deleted = ?",
                    Long.class, id, false);
            if (count != null && count > 0) {
                List<String> some = inTransaction.queryForList("SELECT id FROM incidents WHERE site_id = ? AND deleted = ?"
                        + " ORDER BY id LIMIT " + LISTED, String.class, id, false);
                throw new SiteInUseException(id, some, count);
            }
        });
    }

    @Override
    public Versioned<Site> restore(String id, long version, long expectedVersion, Edit edit) {
        return writes.restore(id, version, expectedVersion, edit);
    }
}
