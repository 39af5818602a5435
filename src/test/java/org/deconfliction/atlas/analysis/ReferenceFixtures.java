package org.deconfliction.atlas.analysis;

import java.io.InputStream;
import java.util.List;
import org.deconfliction.atlas.geodata.FeatureCollectionReader;
import org.deconfliction.atlas.geodata.GeoJsonFeature;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The shipped geodata, read straight from the classpath with the strict reader, and small geometry helpers. */
final class ReferenceFixtures {

    private static LineString euphrates;
    private static EuphratesBank bank;

    private ReferenceFixtures() {
    }

    static synchronized LineString euphrates() {
        if (euphrates == null) {
            euphrates = (LineString) feature("rivers.geojson", "euphrates").geometry();
        }
        return euphrates;
    }

    static synchronized EuphratesBank bank() {
        if (bank == null) {
            bank = new EuphratesBank(euphrates());
        }
        return bank;
    }

    static GeoJsonFeature feature(String file, String id) {
        return features(file).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    static List<GeoJsonFeature> features(String file) {
        InputStream in = ReferenceFixtures.class.getResourceAsStream("/geodata/" + file);
        return new FeatureCollectionReader().read(file, in, "name");
    }

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader(Wgs84.FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Point point(double lon, double lat) {
        return Wgs84.point(lon, lat);
    }
}
