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
    public Versioned<Site> create(Site site, Edit edit) {
        return writes.createAll(List.of(site), edit).getFirst();
    }

    @Override
    public Versioned<Site> update(Site site, long expectedVersion, Edit edit) {
        return writes.update(site, expectedVersion, edit);
    }
}
