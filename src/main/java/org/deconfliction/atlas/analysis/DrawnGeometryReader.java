package org.deconfliction.atlas.analysis;

import java.util.Locale;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads the WKT of a region a user drew (longitude latitude order, degrees) and checks it: at most
 * {@value #MAX_VERTICES} vertices, coordinates on the Web Mercator map, the right geometry type. Polygon edges are
 * then bent to follow the Mercator straight lines they were drawn as; a self-intersecting polygon is repaired with
 * JTS's {@link GeometryFixer} (a bow-tie becomes its two triangles) when it crosses itself at most
 * {@value #MAX_REPAIRED_CROSSINGS} times. The repair's cost grows steeply with the crossings (a star of 1,001 vertices
 * crosses itself half a million times and would take minutes and gigabytes), so the crossings are counted first, at
 * little cost, and an outline with more is refused, naming where it crosses itself. Every refusal is an
 * {@link InvalidRegionException}.
 */
final class DrawnGeometryReader {

    /** The most vertices a drawn region may have. */
    static final int MAX_VERTICES = 10_000;

    /**
     * The longest outline, in degrees of longitude and latitude, a drawn region may have: bending edges to the
     * Mercator map takes time and memory in proportion to the length (the whole map's outline is about 1,060°).
     */
    static final double MAX_OUTLINE_DEGREES = 2000;

    /**
     * The most places where a polygon's outline may cross or touch itself and still be repaired; repairing this
     * many takes well under a second (BENCHMARKS.md), while a hand-drawn outline rarely crosses itself more than a
     * few times.
     */
    static final int MAX_REPAIRED_CROSSINGS = 200;

    private DrawnGeometryReader() {
    }

    /** A polygon from {@code POLYGON (...)} WKT, with its edges following the Mercator map; never empty. */
    static Geometry polygon(String wkt) {
        Geometry read = read(wkt);
        if (!(read instanceof Polygon polygon)) {
            throw new InvalidRegionException("a drawn polygon must be WKT POLYGON, was " + read.getGeometryType());
        }
        Polygon onMap = Wgs84.FACTORY.createPolygon(
                Wgs84.FACTORY.createLinearRing(WebMercatorEdges.densify(polygon.getExteriorRing().getCoordinates())),
                holes(polygon));
        return repaired(onMap);
    }

    /**
     * A line from {@code LINESTRING (...)} WKT, with its edges following the Mercator map, and vertices at most
     * {@value GeodesicLineDistance#MAX_SEGMENT_DEGREES}° apart so that the geodesics between them do too.
     */
    static LineString line(String wkt) {
        Geometry read = read(wkt);
        if (!(read instanceof LineString line)) {
            throw new InvalidRegionException("a drawn line must be WKT LINESTRING, was " + read.getGeometryType());
        }
        if (line.getLength() == 0) {
            throw new InvalidRegionException("a drawn line needs at least two different points");
        }
        LineString onMap = Wgs84.FACTORY.createLineString(WebMercatorEdges.densify(line.getCoordinates()));
        return (LineString) Densifier.densify(onMap, GeodesicLineDistance.MAX_SEGMENT_DEGREES);
    }

    /** A longitude/latitude polygon made valid: returned as is when valid, else repaired; refused when nothing is left. */
    static Geometry repaired(Geometry polygonal) {
        if (IsValidOp.isValid(polygonal)) {
            return polygonal;
        }
        SelfCrossings crossings = SelfCrossings.upTo(polygonal, MAX_REPAIRED_CROSSINGS);
        if (crossings.overLimit()) {
            TopologyValidationError error = new IsValidOp(polygonal).getValidationError();
            Coordinate where = error != null && error.getCoordinate() != null ? error.getCoordinate() : crossings.first();
            throw new InvalidRegionException(String.format(Locale.ROOT,
                    "the outline crosses itself more than %d times, first at %s; at most %d crossings are repaired:"
                            + " draw the outline without crossing its own edges", MAX_REPAIRED_CROSSINGS,
                    rounded(where), MAX_REPAIRED_CROSSINGS));
        }
        Geometry fixed = GeometryFixer.fix(polygonal);
        if (fixed.isEmpty() || !(fixed instanceof Polygonal) || fixed.getArea() == 0) {
            TopologyValidationError error = new IsValidOp(polygonal).getValidationError();
            throw new InvalidRegionException("the drawn polygon encloses no area (" + error.getMessage() + " at "
                    + shown(error.getCoordinate()) + ")");
        }
        fixed.setSRID(Wgs84.SRID);
        return fixed;
    }

    private static LinearRing[] holes(Polygon polygon) {
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = Wgs84.FACTORY.createLinearRing(WebMercatorEdges.densify(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return holes;
    }

    /** The geometry of WKT as given, checked as strictly as {@link #polygon} and {@link #line} check it, not densified. */
    static Geometry asGiven(String wkt) {
        return read(wkt);
    }

    private static Geometry read(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            throw new InvalidRegionException("no WKT was given");
        }
        StrictWkt.check(wkt);
        Geometry geometry;
        try {
            geometry = new WKTReader(Wgs84.FACTORY).read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidRegionException("the WKT cannot be read: " + e.getMessage(), e);
        }
        if (geometry.isEmpty()) {
            throw new InvalidRegionException("the WKT geometry is empty");
        }
        int vertices = geometry.getNumPoints();
        if (vertices > MAX_VERTICES) {
            throw new InvalidRegionException(String.format(Locale.ROOT,
                    "the drawn region has %,d vertices; at most %,d are accepted", vertices, MAX_VERTICES));
        }
        if (geometry.getLength() > MAX_OUTLINE_DEGREES) {
            throw new InvalidRegionException(String.format(Locale.ROOT,
                    "the outline is %.0f degrees long; at most %.0f are accepted (the whole map's outline is about 1,060)",
                    geometry.getLength(), MAX_OUTLINE_DEGREES));
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180
                    || Math.abs(c.y) > WebMercatorEdges.MAX_LATITUDE) {
                throw new InvalidRegionException("vertex " + shown(c) + " is off the map: WKT is longitude latitude,"
                        + " longitude within ±180 and latitude within ±" + WebMercatorEdges.MAX_LATITUDE + " degrees");
            }
        }
        return geometry;
    }

    /** A position as WKT longitude latitude, to 5 decimals (about a metre). */
    private static String rounded(Coordinate c) {
        return c == null ? "?" : String.format(Locale.ROOT, "(%.5f %.5f)", c.x, c.y);
    }

    private static String shown(Coordinate c) {
        return c == null ? "?" : String.format(Locale.ROOT, "(%s %s)", c.x, c.y);
    }
}
