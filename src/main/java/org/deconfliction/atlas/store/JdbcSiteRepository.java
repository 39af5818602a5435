package org.deconfliction.atlas.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Repository;

/** The sites of the store, all held in memory and re-read after each change; deleted ones are left out. */
@Repository
class JdbcSiteRepository implements SiteRepository {

    private record Snapshot(List<Site> sites, Map<String, Site> byId) {
    }

    private final JdbcOperations jdbc;
    private final SiteTable table;
    private volatile Snapshot snapshot;

    JdbcSiteRepository(JdbcOperations jdbc, StoreDialect dialect, StoreSeed seeded) {
        this.jdbc = jdbc;
        this.table = new SiteTable(dialect);
        reload();
    }

    /** Reads every site anew. */
    void reload() {
        List<Site> sites = jdbc.query(table.select() + " WHERE deleted = ?", table.rowMapper(), false).stream()
                .sorted(Site.BY_NAME).toList();
        snapshot = new Snapshot(sites, sites.stream().collect(Collectors.toUnmodifiableMap(Site::id, Function.identity())));
    }

    @Override
    public List<Site> findAll() {
        return snapshot.sites();
    }

    @Override
    public Optional<Site> findById(String id) {
        return Optional.ofNullable(snapshot.byId().get(id));
    }
}
