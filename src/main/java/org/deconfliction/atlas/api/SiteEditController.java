package org.deconfliction.atlas.api;

import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteGeoJson;
import org.deconfliction.atlas.store.SiteStore;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing sites over HTTP the same way as incidents ({@link FeatureEditController}): create, read with its
 * {@code ETag}, replace, merge patch, soft delete, history and restore, with bodies in the properties of
 * {@code sites.geojson} checked as strictly as that file. A site that incidents name is not deleted (409 naming
 * some of them).
 */
@RestController
@RequestMapping("/api/collections/sites/items")
class SiteEditController extends FeatureEditController<Site> {

    SiteEditController(SiteStore store, Access access, CollectionsController collections) {
        super("sites", "site", store, SiteGeoJson::feature, access, collections);
    }

    @Override
    Site read(ObjectNode requested) {
        return SiteGeoJson.read("request body", requested.toString());
    }
}
