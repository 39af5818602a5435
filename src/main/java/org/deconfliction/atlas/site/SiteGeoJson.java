package org.deconfliction.atlas.site;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.deconfliction.atlas.geodata.FeatureCollectionReader;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodata.GeodataException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sites as RFC 7946 GeoJSON features, with the same properties as {@code sites.geojson}. */
public final class SiteGeoJson {

    private SiteGeoJson() {
    }

    /** One site as a Feature. */
    public static ObjectNode feature(Site site) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("name", site.name());
        p.set("alternateNames", GeoJsonEncoder.strings(site.alternateNames()));
        p.put("kind", site.kind().code());
        p.put("description", site.description());
        ArrayNode held = p.putArray("held");
        for (HeldPeriod period : site.held()) {
            ObjectNode item = held.addObject();
            item.put("by", period.by());
            item.put("from", period.from());
            item.put("to", period.to());
            item.put("note", period.note());
        }
        ObjectNode location = p.putObject("location");
        location.put("precision", site.uncertainty().precision().code());
        location.put("uncertaintyMetres", site.uncertainty().radiusMetres());
        p.put("country", site.country());
        p.set("sources", GeoJsonEncoder.sources(site.sources()));
        return GeoJsonEncoder.feature(site.id(), site.location(), p);
    }

    /**
     * Reads one site from a GeoJSON Feature as strictly as {@code sites.geojson} is read.
     *
     * @param source  what the feature is, for messages (e.g. {@code site} or a request body)
     * @param feature the Feature's JSON text
     * @throws GeodataException naming the field at fault when the feature is not a valid site
     */
    public static Site read(String source, String feature) {
        byte[] collection = ("{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}").getBytes(StandardCharsets.UTF_8);
        return new SiteReader().read(new FeatureCollectionReader()
                .read(source, new ByteArrayInputStream(collection), "name")).stream()
                .reduce((one, two) -> {
                    throw new GeodataException(source, null, "must be a single GeoJSON Feature");
                })
                .orElseThrow(() -> new GeodataException(source, null, "must be a GeoJSON Feature"));
    }

    /** Sites as a FeatureCollection; an empty list gives an empty collection. */
    public static ObjectNode collection(List<Site> sites) {
        return GeoJsonEncoder.featureCollection(sites.stream().map(SiteGeoJson::feature).toList());
    }
}
