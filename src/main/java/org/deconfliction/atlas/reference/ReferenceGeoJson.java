package org.deconfliction.atlas.reference;

import java.util.List;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rivers, deconfliction lines and zones as RFC 7946 GeoJSON FeatureCollections. Zones are written as their
 * geodesic circle polygons, with the centre ({@code centre}: [lon, lat]) and {@code radiusMetres} as properties.
 */
public final class ReferenceGeoJson {

    private ReferenceGeoJson() {
    }

    /** One river as a Feature. */
    public static ObjectNode river(River r) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("name", r.name());
        p.put("kind", "river");
        p.put("description", r.description());
        p.put("source", r.source());
        p.put("licence", r.licence());
        return GeoJsonEncoder.feature(r.id(), r.course(), p);
    }

    /** One deconfliction line as a Feature. */
    public static ObjectNode line(DeconflictionLine l) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("name", l.name());
        p.put("kind", "deconfliction-line");
        p.put("description", l.description());
        p.put("approximate", l.approximate());
        p.set("sources", GeoJsonEncoder.sources(l.sources()));
        return GeoJsonEncoder.feature(l.id(), l.path(), p);
    }

    /** One zone as a Feature: its geodesic circle, with centre and radius as properties. */
    public static ObjectNode zone(Zone z) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("name", z.name());
        p.put("kind", "zone");
        p.put("description", z.description());
        p.putArray("centre").add(z.centre().getX()).add(z.centre().getY());
        p.put("radiusMetres", z.radiusMetres());
        p.put("approximate", z.approximate());
        p.set("sources", GeoJsonEncoder.sources(z.sources()));
        return GeoJsonEncoder.feature(z.id(), z.area(), p);
    }

    public static ObjectNode rivers(List<River> rivers) {
        return GeoJsonEncoder.featureCollection(rivers.stream().map(ReferenceGeoJson::river).toList());
    }

    public static ObjectNode lines(List<DeconflictionLine> lines) {
        return GeoJsonEncoder.featureCollection(lines.stream().map(ReferenceGeoJson::line).toList());
    }

    public static ObjectNode zones(List<Zone> zones) {
        return GeoJsonEncoder.featureCollection(zones.stream().map(ReferenceGeoJson::zone).toList());
    }
}
