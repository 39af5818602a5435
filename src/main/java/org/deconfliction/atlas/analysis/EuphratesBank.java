package org.deconfliction.atlas.analysis;

import java.util.Collection;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The two banks of the Euphrates over the area of interest. The area is the rectangle longitude
 * {@value #WEST}–{@value #EAST}°E, latitude {@value #SOUTH}–{@value #NORTH}°N (all of Syria and western Iraq, with
 * edges of Turkey, Lebanon and Jordan). The river, prolonged to the edge by {@link RiverDivide}, is noded with the
 * rectangle's boundary and polygonized by JTS into exactly two halves: EAST, left of the downstream direction, and
 * WEST. Points are located with the prepared east half's indexed locator; a point on the river itself counts as
 * EAST when its uncertainty is 0.
 */
final class EuphratesBank {

    static final double WEST = 35.0;
    static final double EAST = 44.5;
    static final double SOUTH = 32.0;
    static final double NORTH = 37.5;
    private static final Envelope AREA_BOX = new Envelope(WEST, EAST, SOUTH, NORTH);

    private final Polygon area;
    private final Polygon eastHalf;
    private final Polygon westHalf;
    private final LineString divide;
    private final PreparedGeometry preparedEast;
    private final PreparedGeometry preparedWest;
    private final PointOnGeometryLocator eastLocator;
    private final GeodesicLineDistance divideDistance;

    /** Splits the area of interest along a river course ordered downstream (longitude/latitude degrees). */
    EuphratesBank(LineString course) {
        this.area = (Polygon) Wgs84.FACTORY.toGeometry(AREA_BOX);
        this.divide = (LineString) Densifier.densify(RiverDivide.across(course, area), GeodesicLineDistance.MAX_SEGMENT_DEGREES);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(area.getExteriorRing().union(divide));
        @SuppressWarnings("unchecked")
        Collection<Polygon> halves = polygonizer.getPolygons();
        if (halves.size() != 2) {
            throw new IllegalArgumentException("the river must split the area of interest in two, it makes "
                    + halves.size() + " pieces");
        }
        Polygon[] pair = halves.toArray(Polygon[]::new);
        boolean firstIsEast = pair[0].covers(Wgs84.point(leftOfMiddle().x, leftOfMiddle().y));
        this.eastHalf = firstIsEast ? pair[0] : pair[1];
        this.westHalf = firstIsEast ? pair[1] : pair[0];
        this.preparedEast = PreparedGeometryFactory.prepare(eastHalf);
        this.preparedWest = PreparedGeometryFactory.prepare(westHalf);
        this.eastLocator = ((PreparedPolygon) preparedEast).getPointLocator();
        this.divideDistance = new GeodesicLineDistance(divide);
    }

    /**
     * The bank of a point (degrees) whose true place lies within {@code uncertaintyMetres} of it: UNCERTAIN when
     * the geodesic distance to the dividing river is less than that radius, OUTSIDE_AREA beyond the area.
     */
    BankSide side(double lon, double lat, double uncertaintyMetres) {
        if (!AREA_BOX.covers(lon, lat)) {
            return BankSide.OUTSIDE_AREA;
        }
        if (divideDistance.isCloserThan(lon, lat, uncertaintyMetres)) {
            return BankSide.UNCERTAIN;
        }
        return eastLocator.locate(new Coordinate(lon, lat)) == Location.EXTERIOR ? BankSide.WEST : BankSide.EAST;
    }

    /**
     * Whether the dividing river passes closer to the point (degrees, inside the area) than {@code uncertaintyMetres}:
     * what makes {@link #side} UNCERTAIN, without locating the point again.
     */
    boolean straddles(double lon, double lat, double uncertaintyMetres) {
        return divideDistance.isCloserThan(lon, lat, uncertaintyMetres);
    }

    /** Geodesic distance in metres from a point (degrees) to the dividing line: the river and its prolongations. */
    double metresToDivide(double lon, double lat) {
        return divideDistance.metres(lon, lat);
    }

    Polygon area() {
        return (Polygon) area.copy();
    }

    Polygon eastHalf() {
        return (Polygon) eastHalf.copy();
    }

    Polygon westHalf() {
        return (Polygon) westHalf.copy();
    }

    LineString divide() {
        return (LineString) divide.copy();
    }

    PreparedGeometry preparedEast() {
        return preparedEast;
    }

    PreparedGeometry preparedWest() {
        return preparedWest;
    }

    /** A point 1e-5° (about 1 m) to the left of the middle of the dividing line, facing downstream. */
    private Coordinate leftOfMiddle() {
        int i = divide.getNumPoints() / 2;
        Coordinate a = divide.getCoordinateN(i - 1);
        Coordinate b = divide.getCoordinateN(i);
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double scale = 1e-5 / Math.hypot(dx, dy);
        return new Coordinate((a.x + b.x) / 2 - dy * scale, (a.y + b.y) / 2 + dx * scale);
    }
}
