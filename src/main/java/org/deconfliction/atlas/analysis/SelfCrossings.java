package org.deconfliction.atlas.analysis;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;

/**
 * Counts the places where a polygon's rings cross or touch themselves or each other, up to a limit, with JTS's
 * monotone-chain noder; it stops as soon as the limit is passed, so the count costs little even for an outline
 * that crosses itself hundreds of thousands of times (a star of 1,001 vertices: about half a million). Edges that
 * follow each other along a ring share a vertex and are not counted. An empty polygon has no crossings.
 */
final class SelfCrossings implements SegmentIntersector {

    private final int limit;
    private final RobustLineIntersector intersector = new RobustLineIntersector();
    private int count;
    private Coordinate first;

    private SelfCrossings(int limit) {
        this.limit = limit;
    }

    /** The crossings of the polygon's (or every polygon's) rings, counted up to {@code limit} + 1. */
    static SelfCrossings upTo(Geometry polygonal, int limit) {
        List<SegmentString> rings = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            if (polygonal.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                add(rings, polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    add(rings, polygon.getInteriorRingN(h));
                }
            }
        }
        SelfCrossings crossings = new SelfCrossings(limit);
        MCIndexNoder noder = new MCIndexNoder();
        noder.setSegmentIntersector(crossings);
        noder.computeNodes(rings);
        return crossings;
    }

    private static void add(List<SegmentString> rings, LinearRing ring) {
        Coordinate[] vertices = CoordinateArrays.removeRepeatedPoints(ring.getCoordinates());
        if (vertices.length >= 2) {
            rings.add(new BasicSegmentString(vertices, null));
        }
    }

    /** How many crossings were found: at most {@code limit} + 1, which means "more than the limit". */
    int count() {
        return count;
    }

    /** Whether there are more crossings than the limit. */
    boolean overLimit() {
        return count > limit;
    }

    /** The first crossing found, null when there is none. */
    Coordinate first() {
        return first;
    }

    @Override
    public void processIntersections(SegmentString a, int i, SegmentString b, int j) {
        if (a == b && adjacent(i, j, a.size() - 1)) {
            return;
        }
        Coordinate[] p = a.getCoordinates();
        Coordinate[] q = b.getCoordinates();
        intersector.computeIntersection(p[i], p[i + 1], q[j], q[j + 1]);
        if (intersector.hasIntersection()) {
            count++;
            if (first == null) {
                first = intersector.getIntersection(0).copy();
            }
        }
    }

    /** Whether edges i and j of a closed ring of n edges follow each other (or are the same edge). */
    private static boolean adjacent(int i, int j, int edges) {
        int gap = Math.abs(i - j);
        return gap <= 1 || gap == edges - 1;
    }

    @Override
    public boolean isDone() {
        return count > limit;
    }
}
