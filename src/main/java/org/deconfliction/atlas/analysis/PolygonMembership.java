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
 * A box is settled whole when no boundary comes within its half-diagonal plus the uncertainty of its centre.
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

    @Override
    public PointTest near(Envelope box, double maxUncertaintyMetres) {
        NearbySegments nearby = boundary.nearby(box, maxUncertaintyMetres);
        if (!nearby.mayCross(box)) {
            // The boundary passes near the box but not through it: every point of the box is on its centre's side.
            SpatialAnswer side = located(box.centre().x, box.centre().y);
            return (lon, lat, uncertaintyMetres) -> nearby.isCloserThan(lon, lat, uncertaintyMetres)
                    ? SpatialAnswer.UNCERTAIN : side;
        }
        return (lon, lat, uncertaintyMetres) -> nearby.isCloserThan(lon, lat, uncertaintyMetres)
                ? SpatialAnswer.UNCERTAIN : located(lon, lat);
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
        double lon = box.centre().x;
        double lat = box.centre().y;
        double spread = EllipsoidScale.diagonalUpperBound(box) / 2 + maxUncertaintyMetres + EDGE_SLACK_METRES;
        if (boundary.isCloserThan(lon, lat, spread)) {
            return Coverage.MIXED;
        }
        return located(lon, lat) == SpatialAnswer.INSIDE ? Coverage.ALL_INSIDE : Coverage.ALL_OUTSIDE;
    }
}
