package org.deconfliction.atlas.reference;

import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.geodata.FeatureProperties;
import org.deconfliction.atlas.geodata.GeoJsonFeature;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.geodesy.GeodesicCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;

/**
 * Rivers, deconfliction lines and zones, read once from {@code rivers.geojson}, {@code lines.geojson} and
 * {@code zones.geojson} at start-up; start-up fails if any of them is not valid.
 */
@Service
public class ReferenceLayers {

    private final List<River> rivers;
    private final List<DeconflictionLine> lines;
    private final List<Zone> zones;

    ReferenceLayers(GeodataFiles files) {
        this.rivers = files.features("rivers.geojson", "name").stream().map(ReferenceLayers::river).toList();
        this.lines = files.features("lines.geojson", "name").stream().map(ReferenceLayers::line).toList();
        this.zones = files.features("zones.geojson", "name").stream().map(ReferenceLayers::zone).toList();
    }

    public List<River> rivers() {
        return rivers;
    }

    public List<DeconflictionLine> lines() {
        return lines;
    }

    public List<Zone> zones() {
        return zones;
    }

    /** The river with the given id, if there is one. */
    public Optional<River> river(String id) {
        return rivers.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static River river(GeoJsonFeature f) {
        FeatureProperties p = f.properties();
        return new River(f.id(), p.text("name"), p.text("description"), lineString(f), p.text("source"), p.text("licence"));
    }

    private static DeconflictionLine line(GeoJsonFeature f) {
        FeatureProperties p = f.properties();
        return new DeconflictionLine(f.id(), p.text("name"), p.text("description"), lineString(f),
                p.flag("approximate", false), p.sources());
    }

    private static Zone zone(GeoJsonFeature f) {
        FeatureProperties p = f.properties();
        if (!(f.geometry() instanceof Point centre)) {
            throw p.problem("geometry", "must be the zone's centre as a Point, was " + f.geometry().getGeometryType());
        }
        double radius = p.positiveNumber("radiusMetres");
        return new Zone(f.id(), p.text("name"), p.text("description"), centre, radius,
                GeodesicCircle.around(centre, radius), p.flag("approximate", false), p.sources());
    }

    private static LineString lineString(GeoJsonFeature f) {
        Geometry g = f.geometry();
        if (!(g instanceof LineString line)) {
            throw f.properties().problem("geometry", "must be a LineString, was " + g.getGeometryType());
        }
        return line;
    }
}
