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
     * A test for the points of the box by bounds on their distance from the boundary ({@link PolygonBoxAnswers}),
     * which measures only the points whose uncertainty is close to their distance.
     */
    @Override
    public PointTest near(Envelope box, double maxUncertaintyMetres) {
        return box(box, maxUncertaintyMetres).test();
    }

    /**
     * ALL_INSIDE or ALL_OUTSIDE, as {@link #cover}, when the box lies farther than its largest uncertainty from the
     * boundary by the bounds at its centre; else MIXED with {@link PolygonBoxAnswers}, both from one search of the
     * boundary's segments.
     */
    @Override
    public BoxAnswer box(Envelope box, double maxUncertaintyMetres) {
        if (!reach.intersects(EllipsoidScale.expand(box, maxUncertaintyMetres))) {
            return new BoxAnswer(Coverage.ALL_OUTSIDE, (lon, lat, uncertaintyMetres) -> SpatialAnswer.OUTSIDE);
        }
        PolygonBoxAnswers answers = new PolygonBoxAnswers(this, boundary, box, maxUncertaintyMetres, EDGE_SLACK_METRES);
        SpatialAnswer all = answers.all();
        return new BoxAnswer(all == null ? Coverage.MIXED
                : all == SpatialAnswer.INSIDE ? Coverage.ALL_INSIDE : Coverage.ALL_OUTSIDE, answers);
    }

    /** INSIDE or OUTSIDE for the point itself, by the straight edges (boundary included). */
    SpatialAnswer located(double lon, double lat) {
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
        return box(box, maxUncertaintyMetres).coverage();
    }
}
