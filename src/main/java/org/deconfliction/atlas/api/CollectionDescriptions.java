package org.deconfliction.atlas.api;

import java.time.LocalDate;
import org.deconfliction.atlas.geodesy.AtlasExtent;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A collection's metadata document: id, title, extent (spatial from its features, temporal from its dates), CRS, links. */
final class CollectionDescriptions {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private CollectionDescriptions() {
    }

    static ObjectNode describe(FeatureCollectionCatalog.Entry entry) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("id", entry.id());
        c.put("title", entry.title());
        c.put("description", entry.description());
        c.put("itemType", "feature");
        ArrayNode crs = c.putArray("crs");
        OutputCrs.SUPPORTED.forEach(crs::add);
        c.put("storageCrs", CRS84);
        FeatureCollectionCatalog.Extent now = entry.extent().get();
        ObjectNode extent = c.putObject("extent");
        ObjectNode spatial = extent.putObject("spatial");
        Envelope box = now.box() == null ? AtlasExtent.ENVELOPE : now.box();
        spatial.putArray("bbox").addArray().add(box.getMinX()).add(box.getMinY()).add(box.getMaxX()).add(box.getMaxY());
        spatial.put("crs", CRS84);
        if (now.dated()) {
            ObjectNode temporal = extent.putObject("temporal");
            temporal.putArray("interval").addArray().add(startOf(now.firstDay())).add(endOf(now.lastDay()));
            temporal.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        }
        ArrayNode links = c.putArray("links");
        String self = ApiLinks.base() + "/collections/" + entry.id();
        ApiLinks.add(links, self, "self", ApiLinks.JSON, entry.title());
        ApiLinks.add(links, self + "/items", "items", ApiLinks.GEO_JSON, entry.title() + " as GeoJSON");
        ApiLinks.add(links, self + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                "application/schema+json", "The properties that filters may use");
        // The relation of the Part 3 drafts, which GDAL's OAPIF driver follows to learn what it may filter on.
        ApiLinks.add(links, self + "/queryables", "queryables", ApiLinks.JSON, "The properties that filters may use");
        return c;
    }

    /** The first instant of a day, RFC 3339 in UTC. */
    static String startOf(LocalDate day) {
        return day + "T00:00:00Z";
    }

    /** The last second of a day, RFC 3339 in UTC. */
    static String endOf(LocalDate day) {
        return day + "T23:59:59Z";
    }
}
