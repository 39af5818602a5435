package org.deconfliction.atlas.analysis;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.geom.CoordinateSequence;

/**
 * The polygon drawn for the buffer of a line: JTS's planar buffer taken in an azimuthal equidistant frame centred
 * on the middle of the line's envelope (GeographicLib Inverse forward, Direct back). Distances from the centre are
 * exact in that frame, distances across it stretch by about ρ²/6R², so for lines reaching 300 km from the centre
 * the outline is within 0.05 % of the buffer distance of the true geodesic buffer (4 m for 10 km). Membership is
 * not taken from this outline: {@link LineBufferMembership} measures the geodesic distance itself.
 */
final class GeodesicBufferShape {

    private static final int QUADRANT_SEGMENTS = 16;
    /** Vertices of the line are at most this far apart before buffering, in degrees, so the frame sees its curve. */
    private static final double LINE_STEP_DEGREES = 0.05;

    private GeodesicBufferShape() {
    }

    /** The buffer polygon of a longitude/latitude line, {@code metres} wide on each side. */
    static Geometry around(LineString line, double metres) {
        double lon0 = line.getEnvelopeInternal().centre().x;
        double lat0 = line.getEnvelopeInternal().centre().y;
        Geometry dense = Densifier.densify(line, LINE_STEP_DEGREES);
        Geometry planar = transform(dense, (x, y) -> forward(lon0, lat0, x, y));
        Geometry buffered = planar.buffer(metres, QUADRANT_SEGMENTS);
        Geometry back = transform(buffered, (x, y) -> reverse(lon0, lat0, x, y));
        back.setSRID(Wgs84.SRID);
        return back;
    }

    private static Coordinate forward(double lon0, double lat0, double lon, double lat) {
        GeodesicData d = Geodesic.WGS84.Inverse(lat0, lon0, lat, lon, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        double azimuth = Math.toRadians(d.azi1);
        return new Coordinate(d.s12 * Math.sin(azimuth), d.s12 * Math.cos(azimuth));
    }

    private static Coordinate reverse(double lon0, double lat0, double x, double y) {
        GeodesicData d = Geodesic.WGS84.Direct(lat0, lon0, Math.toDegrees(Math.atan2(x, y)), Math.hypot(x, y));
        return new Coordinate(d.lon2, d.lat2);
    }

    private interface Mapping {
        Coordinate apply(double x, double y);
    }

    private static Geometry transform(Geometry geometry, Mapping mapping) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                Coordinate[] out = new Coordinate[coords.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = mapping.apply(coords.getX(i), coords.getY(i));
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(geometry);
    }
}
