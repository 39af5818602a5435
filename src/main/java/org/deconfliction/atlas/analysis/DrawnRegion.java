package org.deconfliction.atlas.analysis;

import java.util.Locale;
import org.deconfliction.atlas.geodesy.GeodesicCircle;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;

/**
 * A region a user drew on the map, or a zone: its outline in longitude/latitude degrees (for drawing and WKT) and
 * the test that answers INSIDE / OUTSIDE / UNCERTAIN for a point with an uncertainty radius in metres. Circles and
 * line buffers are tested by exact geodesic distance, polygons and rectangles by their outline. Factories refuse
 * bad input with an {@link InvalidRegionException}.
 */
public final class DrawnRegion {

    /** The kind of drawing. */
    public enum Kind { POLYGON, RECTANGLE, CIRCLE, LINE_BUFFER }

    private final Kind kind;
    private final Geometry outline;
    private final RegionMembership membership;
    /** What was drawn: the polygon, the circle's centre, the buffered line. */
    private final Geometry drawn;
    /** The circle's radius or the buffer's width on each side, in metres; 0 for polygons. */
    private final double metres;

    private DrawnRegion(Kind kind, Geometry outline, RegionMembership membership, Geometry drawn, double metres) {
        this.kind = kind;
        this.outline = outline;
        this.membership = membership;
        this.drawn = drawn;
        this.metres = metres;
    }

    /** A polygon from WKT {@code POLYGON ((lon lat, ...))}, edges straight on the Web Mercator map. */
    public static DrawnRegion polygon(String wkt) {
        Geometry polygon = DrawnGeometryReader.polygon(wkt);
        return new DrawnRegion(Kind.POLYGON, polygon, new PolygonMembership(polygon), DrawnGeometryReader.asGiven(wkt), 0);
    }

    /** A rectangle between two longitudes and two latitudes in degrees; it is rectangular on the Mercator map too. */
    public static DrawnRegion rectangle(double west, double south, double east, double north) {
        if (!(west < east) || !(south < north) || Math.abs(west) > 180 || Math.abs(east) > 180
                || Math.abs(south) > WebMercatorEdges.MAX_LATITUDE || Math.abs(north) > WebMercatorEdges.MAX_LATITUDE) {
            throw new InvalidRegionException(String.format(Locale.ROOT,
                    "a rectangle needs west < east and south < north on the map, was west %s, south %s, east %s, north %s",
                    west, south, east, north));
        }
        Geometry rectangle = Wgs84.FACTORY.toGeometry(new Envelope(west, east, south, north));
        return new DrawnRegion(Kind.RECTANGLE, rectangle, new PolygonMembership(rectangle), rectangle, 0);
    }

    /** The geodesic circle of {@code radiusMetres} around a centre given in degrees. */
    public static DrawnRegion circle(double lon, double lat, double radiusMetres) {
        if (!(radiusMetres > 0) || Double.isInfinite(radiusMetres) || radiusMetres > 2_000_000) {
            throw new InvalidRegionException("a circle's radius must be more than 0 and at most 2,000 km, was "
                    + radiusMetres + " m");
        }
        if (Math.abs(lon) > 180 || Math.abs(lat) > WebMercatorEdges.MAX_LATITUDE) {
            throw new InvalidRegionException("a circle's centre must be on the map, was " + lon + " " + lat);
        }
        Geometry outline = GeodesicCircle.around(Wgs84.point(lon, lat), radiusMetres);
        return new DrawnRegion(Kind.CIRCLE, outline, new CircleMembership(lon, lat, radiusMetres),
                Wgs84.point(lon, lat), radiusMetres);
    }

    /** Every point within {@code bufferKm} kilometres (geodesic) of a line given as WKT {@code LINESTRING (lon lat, ...)}. */
    public static DrawnRegion lineBuffer(String lineWkt, double bufferKm) {
        if (!(bufferKm > 0) || bufferKm > 1000) {
            throw new InvalidRegionException("a buffer must be more than 0 and at most 1,000 km wide, was " + bufferKm + " km");
        }
        LineString line = DrawnGeometryReader.line(lineWkt);
        double metres = bufferKm * 1000;
        return new DrawnRegion(Kind.LINE_BUFFER, GeodesicBufferShape.around(line, metres),
                new LineBufferMembership(line, metres), DrawnGeometryReader.asGiven(lineWkt), metres);
    }

    /** A region whose outline is the given longitude/latitude polygon, as is (repaired if invalid). */
    static DrawnRegion ofOutline(Geometry polygonal) {
        Geometry valid = DrawnGeometryReader.repaired(polygonal);
        return new DrawnRegion(Kind.POLYGON, valid, new PolygonMembership(valid), valid, 0);
    }

    public Kind kind() {
        return kind;
    }

    /** The outline in longitude/latitude degrees (SRID 4326). */
    public Geometry outline() {
        return outline.copy();
    }

    /**
     * What was drawn, from which the region can be made again (degrees, SRID 4326): the polygon or rectangle
     * itself, the centre Point of a circle, the LineString of a line buffer.
     */
    public Geometry drawn() {
        return drawn.copy();
    }

    /** A circle's radius or a line buffer's width on each side of the line, in metres; 0 for polygons and rectangles. */
    public double metres() {
        return metres;
    }

    /** The outline as WKT, longitude latitude order. */
    public String wkt() {
        return new WKTWriter().write(outline);
    }

    /** The answer for a plotted point whose true place is within {@code uncertaintyMetres} (0 for exact) of it. */
    public SpatialAnswer answer(Point point, double uncertaintyMetres) {
        if (!(uncertaintyMetres >= 0)) {
            throw new IllegalArgumentException("uncertainty must be 0 or more metres, was " + uncertaintyMetres);
        }
        return membership.answer(point.getX(), point.getY(), uncertaintyMetres);
    }

    RegionMembership membership() {
        return membership;
    }
}
