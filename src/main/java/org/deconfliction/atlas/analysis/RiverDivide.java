package org.deconfliction.atlas.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The line that divides an area into the two banks of a river: the river clipped to the area, then prolonged at
 * each end, in a straight longitude/latitude line, to the area's edge. The direction of each prolongation is the
 * chord over the last {@value #CHORD_METRES} m of river (not the last segment, whose direction a meander can
 * turn), so the Euphrates runs on north from Halfeti (37.25°N) and south-east beyond Fallujah. Each
 * prolongation overshoots the edge by {@value #OVERSHOOT_DEGREES}°, so that noding the line with the edge (JTS
 * overlay) makes the crossing exactly, instead of a computed end point that may fall a hair short of the edge.
 */
final class RiverDivide {

    /** Length of river, in metres, whose chord gives the direction of a prolongation. */
    static final double CHORD_METRES = 20_000;
    /** How far beyond the area's edge each prolongation runs, in degrees. */
    static final double OVERSHOOT_DEGREES = 0.01;

    private RiverDivide() {
    }

    /**
     * The dividing line through the area, ordered downstream, from just beyond one edge to just beyond another.
     *
     * @throws IllegalArgumentException if the river does not cross the area in a single piece, or its
     *                                  prolongations do not reach the edge without crossing the river
     */
    static LineString across(LineString course, Polygon area) {
        LineString inside = clipped(course, area);
        List<Coordinate> line = new ArrayList<>(Arrays.asList(inside.getCoordinates()));
        Coordinate[] upstream = line.toArray(Coordinate[]::new);
        Coordinate start = prolongation(upstream, area);
        List<Coordinate> reversed = new ArrayList<>(line);
        Collections.reverse(reversed);
        Coordinate end = prolongation(reversed.toArray(Coordinate[]::new), area);
        if (start != null) {
            line.addFirst(start);
        }
        if (end != null) {
            line.addLast(end);
        }
        LineString divide = Wgs84.FACTORY.createLineString(line.toArray(Coordinate[]::new));
        if (!divide.isSimple()) {
            throw new IllegalArgumentException("the river, prolonged to the edge of the area, crosses itself");
        }
        return divide;
    }

    private static LineString clipped(LineString course, Polygon area) {
        if (area.covers(course)) {
            return course;
        }
        Geometry clip = course.intersection(area);
        if (!(clip instanceof LineString piece) || piece.isEmpty()) {
            throw new IllegalArgumentException("the river must cross the area in one piece, its part inside is a "
                    + clip.getGeometryType() + " of " + clip.getNumGeometries() + " parts");
        }
        LengthIndexedLine along = new LengthIndexedLine(course);
        boolean downstream = along.project(piece.getCoordinateN(0))
                <= along.project(piece.getCoordinateN(piece.getNumPoints() - 1));
        return downstream ? piece : piece.reverse();
    }

    /**
     * Where the line from the chord's far end through {@code ends[0]} crosses the area's edge, plus the overshoot;
     * null when {@code ends[0]} already lies on or beyond the edge. {@code ends} runs from the end into the river.
     */
    private static Coordinate prolongation(Coordinate[] ends, Polygon area) {
        Coordinate end = ends[0];
        if (!area.contains(Wgs84.point(end.x, end.y))) {
            return null;
        }
        Coordinate inland = ends[ends.length - 1];
        double along = 0;
        for (int i = 1; i < ends.length; i++) {
            along += GeodesicDistance.between(ends[i - 1].x, ends[i - 1].y, ends[i].x, ends[i].y);
            if (along >= CHORD_METRES) {
                inland = ends[i];
                break;
            }
        }
        double dx = end.x - inland.x;
        double dy = end.y - inland.y;
        double reach = area.getEnvelopeInternal().getDiameter() * 2 / Math.hypot(dx, dy);
        LineString ray = Wgs84.FACTORY.createLineString(
                new Coordinate[] {end, new Coordinate(end.x + dx * reach, end.y + dy * reach)});
        Geometry hits = ray.intersection(area.getExteriorRing());
        Coordinate nearest = null;
        for (Coordinate hit : hits.getCoordinates()) {
            if (nearest == null || hit.distance(end) < nearest.distance(end)) {
                nearest = hit;
            }
        }
        if (nearest == null) {
            throw new IllegalArgumentException("the prolongation of the river from " + end + " misses the area's edge");
        }
        double overshoot = OVERSHOOT_DEGREES / Math.hypot(dx, dy);
        return new Coordinate(nearest.x + dx * overshoot, nearest.y + dy * overshoot);
    }
}
