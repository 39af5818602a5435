package org.deconfliction.atlas.analysis;

import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Membership of a longitude/latitude polygon (edges straight in degrees, boundary included): a prepared geometry
 * for boxes, its indexed point locator for points, and the geodesic distance to the boundary, densified to
 * {@value GeodesicLineDistance#MAX_SEGMENT_DEGREES}° so its geodesics follow the straight edges, for uncertainty.
 */
final class PolygonMembership implements RegionMembership {

    /** Slack in metres for the boundary's geodesic segments straying from its straight edges (at most 0.5 m). */
    private static final double EDGE_SLACK_METRES = 1;

    private final PreparedGeometry prepared;
    private final IndexedPointInAreaLocator locator;
    private final GeodesicLineDistance boundary;
    private final Envelope reach;

    PolygonMembership(Geometry polygonal) {
        this.prepared = PreparedGeometryFactory.prepare(polygonal);
        this.locator = new IndexedPointInAreaLocator(polygonal);
        this.boundary = new GeodesicLineDistance(
                Densifier.densify(polygonal.getBoundary(), GeodesicLineDistance.MAX_SEGMENT_DEGREES));
        this.reach = polygonal.getEnvelopeInternal();
    }

    @Override
    public SpatialAnswer answer(double lon, double lat, double uncertaintyMetres) {
        if (uncertaintyMetres > 0 && reach.intersects(EllipsoidScale.boxAround(lon, lat, uncertaintyMetres))
                && boundary.isCloserThan(lon, lat, uncertaintyMetres)) {
            return SpatialAnswer.UNCERTAIN;
        }
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
        Geometry grown = Wgs84.FACTORY.toGeometry(EllipsoidScale.expand(box, maxUncertaintyMetres + EDGE_SLACK_METRES));
        if (!prepared.intersects(grown)) {
            return Coverage.ALL_OUTSIDE;
        }
        return prepared.containsProperly(grown) ? Coverage.ALL_INSIDE : Coverage.MIXED;
    }
}
