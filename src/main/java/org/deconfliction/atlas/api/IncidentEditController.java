package org.deconfliction.atlas.api;

import java.util.Set;
import java.util.stream.Collectors;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.store.IncidentStore;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing incidents over HTTP as OGC API – Features Part 4 describes it ({@link FeatureEditController}): {@code POST}
 * a GeoJSON Feature to the items (201 with {@code Location}), {@code PUT} to replace and {@code PATCH} (JSON merge
 * patch) to change one item, {@code DELETE} to delete it (softly: its history stays at {@code /history}), and
 * {@code POST /{id}/history/{version}/restore} to bring an earlier version back. Bodies use the properties of
 * {@code incidents.geojson} and are checked as strictly as that file; a site named must exist.
 */
@RestController
@RequestMapping("/api/collections/incidents/items")
class IncidentEditController extends FeatureEditController<Incident> {

    private final SiteRepository sites;

    IncidentEditController(IncidentStore store, SiteRepository sites, Access access, CollectionsController collections) {
        super("incidents", "incident", store, IncidentGeoJson::feature, access, collections);
        this.sites = sites;
    }

    @Override
    Incident read(ObjectNode requested) {
        Set<String> siteIds = sites.findAll().stream().map(Site::id).collect(Collectors.toSet());
        return IncidentGeoJson.read("request body", requested.toString(), siteIds);
    }
}
