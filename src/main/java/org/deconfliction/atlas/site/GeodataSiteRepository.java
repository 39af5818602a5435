package org.deconfliction.atlas.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.springframework.stereotype.Repository;

/** Sites read once from {@code sites.geojson} at start-up; start-up fails if the file is not valid. */
@Repository
class GeodataSiteRepository implements SiteRepository {

    private final List<Site> sites;
    private final Map<String, Site> byId;

    GeodataSiteRepository(GeodataFiles files) {
        this.sites = new SiteReader().read(files.features(SiteReader.FILE, "name")).stream()
                .sorted(Comparator.comparing(Site::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        this.byId = sites.stream().collect(Collectors.toUnmodifiableMap(Site::id, Function.identity()));
    }

    @Override
    public List<Site> findAll() {
        return sites;
    }

    @Override
    public Optional<Site> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
