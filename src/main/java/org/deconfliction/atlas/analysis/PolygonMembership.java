package org.deconfliction.atlas.analysis;

import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.prep.PreparedPolygon;

/**
 * Membership of a longitude/latitude polygon (edges straight in degrees, boundary included): the prepared
 * geometry's indexed point locator for points, and the geodesic distance to the boundary, densified to
 * {@value GeodesicLineDistance#MAX_SEGMENT_DEGREES}° so its geodesics follow the straight edges, for uncertainty.
 * A box is settled whole when the boundary keeps farther from all of it than its largest uncertainty; in a box not
 * settled whole, only points whose uncertainty falls between bounds on the box's distance from the boundary are
 * measured one by one.
 */
final class PolygonMembership implements RegionMembership {

    /** Slack in metres for the boundary's geodesic segments straying from its straight edges (at most 0.5 m). */
    private static final double EDGE_SLACK_METRES = 1;

    private final PointOnGeometryLocator locator;
    private final GeodesicLineDistance boundary;
    private final Envelope reach;

    PolygonMembership(Geometry polygonal) {
        this.locator = ((PreparedPolygon) PreparedGeometryFactory.prepare(polygonal)).getPointLocator();
        this.boundary = new GeodesicLineDistance(
                Densifier.densify(polygonal.getBoundary(), GeodesicLineDistance.MAX_SEGMENT_DEGREES));
        this.reach = polygonal.getEnvelopeInternal();
    }

    @Override
    public SpatialAnswer answer(double lon, double lat, double uncertaintyMetres) {
        if (boundary.isCloserThan(lon, lat, uncertaintyMetres)) {
            return SpatialAnswer.UNCERTAIN;
        }
        return located(lon, lat);
    }

    /**
     * A test for the points of the box by bounds on their distance from the boundary ({@link
     * GeodesicLineDistance#bounds}): a point whose uncertainty does not pass the lower bound is answered by its side
     * alone (the box's centre's when the boundary keeps clear of the box), one whose uncertainty passes the upper
     * bound is UNCERTAIN, and only those in between are measured against the few segments near the box.
     */
    @Override
    public PointTest near(Envelope box, double maxUncertaintyMetres) {
        return new BoxTest(box, boundary.bounds(box, maxUncertaintyMetres + EDGE_SLACK_METRES), maxUncertaintyMetres);
    }

    /** The answers for the points of one box of a query; made per box and not shared between threads. */
    private final class BoxTest implements PointTest {
        private final Envelope box;
        private final double lowest;
        private final double highest;
        private final double maxUncertaintyMetres;
        /** The answer of every point of the box not within its uncertainty of the boundary; null: located one by one. */
        private final SpatialAnswer side;
        private NearbySegments nearby;

        BoxTest(Envelope box, GeodesicLineDistance.DistanceBounds bounds, double maxUncertaintyMetres) {
            this.box = box;
            this.lowest = bounds.lowest();
            this.highest = bounds.highest();
            this.maxUncertaintyMetres = maxUncertaintyMetres;
            this.side = lowest > EDGE_SLACK_METRES ? located(box.centre().x, box.centre().y) : null;
        }

        @Override
        public SpatialAnswer answer(double lon, double lat, double uncertaintyMetres) {
            if (uncertaintyMetres > highest) {
                return SpatialAnswer.UNCERTAIN;
            }
            if (uncertaintyMetres > lowest && nearby().isCloserThan(lon, lat, uncertaintyMetres)) {
                return SpatialAnswer.UNCERTAIN;
            }
            return side != null ? side : located(lon, lat);
        }

        /** The segments that can come within any uncertainty left to measure of the box's points, found once. */
        private NearbySegments nearby() {
            if (nearby == null) {
                nearby = boundary.nearby(box, Math.min(maxUncertaintyMetres, highest));
            }
            return nearby;
        }
    }

    private SpatialAnswer located(double lon, double lat) {
        if (!reach.covers(lon, lat)) {
            return SpatialAnswer.OUTSIDE;
        }
        return locator.locate(new Coordinate(lon, lat)) == Location.EXTERIOR ? SpatialAnswer.OUTSIDE : SpatialAnswer.INSIDE;
    }

    @Override
    public Envelope reach() {
        return new Envelope(reach);
    }

    @Override
    public Coverage cover(Envelope box, double maxUncertaintyMetres) {
        if (!reach.intersects(EllipsoidScale.expand(box, maxUncertaintyMetres))) {
            return Coverage.ALL_OUTSIDE;
        }
        // No point of the box within its uncertainty of the boundary, and the box clear of the straight edges.
        double lowest = boundary.bounds(box, maxUncertaintyMetres + EDGE_SLACK_METRES).lowest();
        if (lowest < maxUncertaintyMetres || lowest <= EDGE_SLACK_METRES) {
            return Coverage.MIXED;
        }
        return located(box.centre().x, box.centre().y) == SpatialAnswer.INSIDE ? Coverage.ALL_INSIDE : Coverage.ALL_OUTSIDE;
    }
}
