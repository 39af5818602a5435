package org.deconfliction.atlas.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeodataException;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/** {@link IncidentStore} over the store's database, through {@link VersionedWrites}. */
@Service
class JdbcIncidentStore implements IncidentStore {

    private static final int CHUNK = 500;

    private final VersionedWrites<Incident> writes;
    private final JdbcOperations jdbc;
    private final Supplier<Set<String>> siteIds;

    JdbcIncidentStore(JdbcOperations jdbc, TransactionOperations transactions, StoreDialect dialect,
                      SiteRepository sites, StoreChanges changes) {
        this.jdbc = jdbc;
        this.siteIds = () -> sites.findAll().stream().map(Site::id).collect(Collectors.toUnmodifiableSet());
        IncidentTable table = new IncidentTable(dialect, siteIds);
        this.writes = new VersionedWrites<>(table, dialect, jdbc, transactions, changes, Clock.systemUTC());
    }

    @Override
    public Optional<Versioned<Incident>> current(String id) {
        return writes.current(id);
    }

    @Override
    public Set<String> deletedAmong(Collection<String> ids) {
        Set<String> deleted = new HashSet<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(true);
            deleted.addAll(jdbc.queryForList("SELECT id FROM incidents WHERE id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") AND deleted = ?", String.class,
                    parameters.toArray()));
        }
        return deleted;
    }

    @Override
    public List<ItemVersion<Incident>> deleted(int limit) {
        return writes.versions().deleted(jdbc, limit);
    }

    @Override
    public List<ItemVersion<Incident>> history(String id) {
        return writes.versions().history(jdbc, id);
    }

    @Override
    public Optional<ItemVersion<Incident>> version(String id, long version) {
        return writes.versions().version(jdbc, id, version);
    }

    @Override
    public Versioned<Incident> create(Incident incident, Edit edit) {
        return writes.createAll(List.of(incident), edit).getFirst();
    }

    @Override
    public List<Versioned<Incident>> createAll(List<Incident> incidents, Edit edit) {
        return writes.createAll(incidents, edit);
    }

    @Override
    public List<Versioned<Incident>> createAllRead(List<IncidentFeature> incidents, Edit edit) {
        Set<String> known = siteIds.get();
        List<VersionedWrites.Checked<Incident>> checked = new ArrayList<>(incidents.size());
        for (IncidentFeature read : incidents) {
            String siteId = read.incident().siteId();
            if (siteId != null && !known.contains(siteId)) {
                throw new InvalidItemException(StoredLayer.INCIDENTS, read.incident().id(), new GeodataException("incident",
                        read.incident().id(), "field 'siteId' is '" + siteId + "', which is not the id of any site"));
            }
            checked.add(new VersionedWrites.Checked<>(read.incident(), read.feature()));
        }
        return writes.createAllChecked(checked, edit);
    }

    @Override
    public Versioned<Incident> update(Incident incident, long expectedVersion, Edit edit) {
        return writes.update(incident, expectedVersion, edit);
    }

    @Override
    public long delete(String id, long expectedVersion, Edit edit) {
        return writes.delete(id, expectedVersion, edit);
    }

    @Override
    public int deleteAll(List<String> ids, Edit edit) {
        return writes.deleteAll(ids, edit).size();
    }

    @Override
    public Versioned<Incident> restore(String id, long version, long expectedVersion, Edit edit) {
        return writes.restore(id, version, expectedVersion, edit);
    }
}
