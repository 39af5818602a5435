package org.deconfliction.atlas.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.geodata.TransliterationKey;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;

/**
 * Incidents read once from {@code incidents.geojson}, with every {@code siteId} checked against the sites; reading
 * fails with a {@link org.deconfliction.atlas.geodata.GeodataException} if any incident is not valid. The store
 * seeds an empty database from it; it also serves as a read-only repository over a geodata folder. The searchable
 * words of each incident, its site's names included, are keyed once here, so a query only compares keys.
 */
public class GeodataIncidentRepository implements IncidentRepository {

    private final List<Incident> incidents;
    private final Map<String, Incident> byId;
    private final Map<String, TransliterationKey> wordsById;

    public GeodataIncidentRepository(GeodataFiles files, SiteRepository sites) {
        Set<String> siteIds = sites.findAll().stream().map(Site::id).collect(Collectors.toUnmodifiableSet());
        this.incidents = new IncidentReader(siteIds).read(files.features(IncidentReader.FILE, IncidentReader.NAME_FIELD))
                .stream()
                .sorted(Incident.CHRONOLOGICAL)
                .toList();
        this.byId = incidents.stream().collect(Collectors.toUnmodifiableMap(Incident::id, Function.identity()));
        this.wordsById = incidents.stream().collect(Collectors.toUnmodifiableMap(Incident::id,
                incident -> IncidentFilter.searchableWords(incident, siteOf(incident, sites))));
    }

    private static Site siteOf(Incident incident, SiteRepository sites) {
        return incident.siteId() == null ? null : sites.findById(incident.siteId()).orElseThrow();
    }

    @Override
    public List<Incident> findAll() {
        return incidents;
    }

    @Override
    public Optional<Incident> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Incident> find(IncidentFilter filter) {
        return incidents.stream().filter(filter.predicate(this::words)).toList();
    }

    @Override
    public int count(IncidentFilter filter) {
        return Math.toIntExact(incidents.stream().filter(filter.predicate(this::words)).count());
    }

    private TransliterationKey words(Incident incident) {
        return wordsById.get(incident.id());
    }
}
