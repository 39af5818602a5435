package org.deconfliction.atlas.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeodataFiles;

/**
 * Sites read once from {@code sites.geojson}; reading fails with a {@link org.deconfliction.atlas.geodata.GeodataException}
 * if the file is not valid. The store seeds an empty database from it.
 */
public class GeodataSiteRepository implements SiteRepository {

    private final List<Site> sites;
    private final Map<String, Site> byId;

    public GeodataSiteRepository(GeodataFiles files) {
        this.sites = new SiteReader().read(files.features(SiteReader.FILE, "name")).stream()
                .sorted(Site.BY_NAME)
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
