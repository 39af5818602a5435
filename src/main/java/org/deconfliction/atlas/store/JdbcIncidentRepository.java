package org.deconfliction.atlas.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.TransliterationKey;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Repository;

/**
 * The incidents of the store, all held in memory in {@link Incident#CHRONOLOGICAL} order with the search key of
 * each (its site's names included), so that filters compare keys only; a key is made at the first filter that asks
 * for it, not when the incident is written (an import of many incidents does not pay for their keys). After a
 * change only the changed incidents are re-read; deleted ones are left out.
 */
@Repository
class JdbcIncidentRepository implements IncidentRepository {

    private static final int CHUNK = 500;

    private record Snapshot(List<Incident> incidents, Map<String, Incident> byId, Map<String, TransliterationKey> words) {
    }

    private final JdbcOperations jdbc;
    private final IncidentTable table;
    private final SiteRepository sites;
    private volatile Snapshot snapshot;

    JdbcIncidentRepository(JdbcOperations jdbc, StoreDialect dialect, JdbcSiteRepository sites) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.table = new IncidentTable(dialect, () -> sites.findAll().stream().map(Site::id).collect(Collectors.toSet()));
        reload();
    }

    /**
     * Reads every incident anew, in as many parts of the table as there are processors, each part on its own
     * connection and thread, with repeated values kept once for all parts ({@link RepeatedValues}).
     */
    synchronized void reload() {
        RepeatedValues values = new RepeatedValues();
        List<long[]> parts = parts(Runtime.getRuntime().availableProcessors());
        List<Incident> all = new ArrayList<>();
        if (parts.size() == 1) {
            all.addAll(part(parts.getFirst(), values));
        } else {
            try (ExecutorService readers = Executors.newFixedThreadPool(parts.size(), Thread.ofPlatform().name("incident-reader-", 0).factory())) {
                List<Future<List<Incident>>> read = parts.stream().map(range -> readers.submit(() -> part(range, values))).toList();
                for (Future<List<Incident>> part : read) {
                    all.addAll(done(part));
                }
            }
        }
        snapshot = snapshotOf(all);
    }

    /** Ranges of {@code fid}, from (inclusive) and to (exclusive), that together hold every row: at most {@code count}. */
    private List<long[]> parts(int count) {
        long[] bounds = jdbc.queryForObject("SELECT min(fid), max(fid) FROM incidents",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2) + 1});
        long from = bounds[0];
        long span = bounds[1] - from;
        if (count <= 1 || span < count) {
            return List.<long[]>of(new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
        }
        List<long[]> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(new long[] {i == 0 ? Long.MIN_VALUE : from + span * i / count,
                i == count - 1 ? Long.MAX_VALUE : from + span * (i + 1) / count});
        }
        return parts;
    }

    private List<Incident> part(long[] range, RepeatedValues values) {
        return jdbc.query(table.select() + " WHERE deleted = ? AND fid >= ? AND fid < ?", table.rowMapper(values),
                false, range[0], range[1]);
    }

    private static List<Incident> done(Future<List<Incident>> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the incidents", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("could not read the incidents: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Brings the given incidents up to date: those in {@code written} (as they were written, by id) are taken as
     * they are, the others re-read; changed ones are replaced, deleted ones dropped, new ones added. Costs the
     * changed incidents' reading plus one pass over the held ones; their search words are made when first asked for.
     */
    synchronized void reload(Collection<String> ids, Map<String, ?> written) {
        Set<String> changed = new HashSet<>(ids);
        List<Incident> fresh = new ArrayList<>(changed.size());
        List<String> unknown = new ArrayList<>();
        for (String id : changed) {
            if (written.get(id) instanceof Incident incident) {
                fresh.add(incident);
            } else {
                unknown.add(id);
            }
        }
        for (int from = 0; from < unknown.size(); from += CHUNK) {
            List<String> chunk = unknown.subList(from, Math.min(unknown.size(), from + CHUNK));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(false);
            fresh.addAll(jdbc.query(table.select() + " WHERE id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ") AND deleted = ?", table.rowMapper(), parameters.toArray()));
        }
        Snapshot old = snapshot;
        List<Incident> all = merged(old.incidents().stream().filter(incident -> !changed.contains(incident.id())).toList(),
                ChronologicalSort.sorted(fresh));
        Map<String, TransliterationKey> words = new ConcurrentHashMap<>(old.words());
        changed.forEach(words::remove);
        snapshot = new Snapshot(all, byId(all), words);
    }

    /** The two lists, each in chronological order, merged into one in that order. */
    private static List<Incident> merged(List<Incident> one, List<Incident> two) {
        List<Incident> all = new ArrayList<>(one.size() + two.size());
        int i = 0;
        int j = 0;
        while (i < one.size() || j < two.size()) {
            boolean fromOne = j == two.size() || (i < one.size() && Incident.CHRONOLOGICAL.compare(one.get(i), two.get(j)) <= 0);
            all.add(fromOne ? one.get(i++) : two.get(j++));
        }
        return Collections.unmodifiableList(all);
    }

    private Snapshot snapshotOf(List<Incident> all) {
        List<Incident> incidents = ChronologicalSort.sorted(all);
        return new Snapshot(incidents, byId(incidents), new ConcurrentHashMap<>());
    }

    private static Map<String, Incident> byId(List<Incident> all) {
        Map<String, Incident> byId = new HashMap<>(all.size() * 2);
        all.forEach(incident -> byId.put(incident.id(), incident));
        return Collections.unmodifiableMap(byId);
    }

    /** The incident's search key in the snapshot, made at its first use there and kept with the snapshot. */
    private TransliterationKey wordsOf(Snapshot current, Incident incident) {
        return current.words().computeIfAbsent(incident.id(), id -> wordsOf(incident));
    }

    private TransliterationKey wordsOf(Incident incident) {
        Site site = incident.siteId() == null ? null : sites.findById(incident.siteId()).orElse(null);
        return IncidentFilter.searchableWords(incident, site);
    }

    @Override
    public List<Incident> findAll() {
        return snapshot.incidents();
    }

    @Override
    public Optional<Incident> findById(String id) {
        return Optional.ofNullable(snapshot.byId().get(id));
    }

    @Override
    public List<Incident> find(IncidentFilter filter) {
        Snapshot current = snapshot;
        return current.incidents().stream().filter(filter.predicate(incident -> wordsOf(current, incident))).toList();
    }

    @Override
    public int count(IncidentFilter filter) {
        Snapshot current = snapshot;
        return Math.toIntExact(current.incidents().stream()
                .filter(filter.predicate(incident -> wordsOf(current, incident))).count());
    }
}
