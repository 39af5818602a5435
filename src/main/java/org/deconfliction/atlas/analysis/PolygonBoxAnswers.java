package org.deconfliction.atlas.analysis;

import org.locationtech.jts.geom.Envelope;

/**
 * A polygon's answers for the points of one box, each point with its own uncertainty (metres), from bounds on the
 * geodesic distance of the box's centre from the boundary ({@link GeodesicLineDistance#boundsAt}) widened by how far
 * the point lies from the centre (triangle inequality). A point whose uncertainty does not reach its lower bound is
 * answered by its side of the boundary alone (the centre's, when no point of the box comes near the boundary), one
 * whose uncertainty passes its upper bound is UNCERTAIN, and only those in between are measured against the segments
 * near the box ({@link NearbySegments}, found on the first such point). Made per box of a query; not shared between
 * threads.
 */
final class PolygonBoxAnswers implements RegionMembership.PointTest {

    /** Slack for the rounding in a bound on a straight path's length. */
    private static final double SAFETY = 1 + 1e-9;

    private final PolygonMembership polygon;
    private final GeodesicLineDistance boundary;
    private final Envelope box;
    private final double maxUncertaintyMetres;
    private final double centreLon;
    private final double centreLat;
    /** Metres per degree of longitude and of latitude, the largest within the box: they bound a path inside it. */
    private final double largestPerDegreeLon;
    private final double largestPerDegreeLat;
    /** Bounds on the centre's distance from the boundary, and on any point's of the box. */
    private final double centreLowest;
    private final double centreHighest;
    private final double lowest;
    private final double highest;
    /** The answer of every point of the box not within its uncertainty of the boundary; null: located one by one. */
    private final SpatialAnswer side;
    private NearbySegments nearby;

    /**
     * @param edgeSlackMetres how far the boundary's geodesic segments may stray from the straight edges the side is
     *                        located by: a box no closer than this to the boundary lies wholly on its centre's side
     */
    PolygonBoxAnswers(PolygonMembership polygon, GeodesicLineDistance boundary, Envelope box, double maxUncertaintyMetres,
                      double edgeSlackMetres) {
        this.polygon = polygon;
        this.boundary = boundary;
        this.box = box;
        this.maxUncertaintyMetres = maxUncertaintyMetres;
        this.centreLon = (box.getMinX() + box.getMaxX()) / 2;
        this.centreLat = (box.getMinY() + box.getMaxY()) / 2;
        double minAbsLat = box.getMinY() <= 0 && box.getMaxY() >= 0 ? 0
                : Math.min(Math.abs(box.getMinY()), Math.abs(box.getMaxY()));
        double maxAbsLat = Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY()));
        this.largestPerDegreeLon = EllipsoidScale.metresPerDegreeLongitude(minAbsLat);
        this.largestPerDegreeLat = EllipsoidScale.metresPerDegreeLatitude(maxAbsLat);
        double halfDiagonal = EllipsoidScale.diagonalUpperBound(box) / 2;
        GeodesicLineDistance.DistanceBounds bounds = boundary.boundsAt(centreLon, centreLat,
                maxUncertaintyMetres + halfDiagonal + 2 * edgeSlackMetres);
        this.centreLowest = bounds.lowest();
        this.centreHighest = bounds.highest();
        this.lowest = centreLowest - halfDiagonal;
        this.highest = centreHighest + halfDiagonal;
        this.side = lowest > edgeSlackMetres ? polygon.located(centreLon, centreLat) : null;
    }

    /** The answer of every point of the box when one holds for all whatever their uncertainty; null otherwise. */
    SpatialAnswer all() {
        return side != null && lowest >= maxUncertaintyMetres ? side : null;
    }

    @Override
    public SpatialAnswer answer(double lon, double lat, double uncertaintyMetres) {
        if (uncertaintyMetres <= lowest) {
            return sideOf(lon, lat);
        }
        if (uncertaintyMetres > highest) {
            return SpatialAnswer.UNCERTAIN;
        }
        double fromCentre = fromCentre(lon, lat);
        if (uncertaintyMetres > centreHighest + fromCentre) {
            return SpatialAnswer.UNCERTAIN;
        }
        if (uncertaintyMetres <= centreLowest - fromCentre) {
            return sideOf(lon, lat);
        }
        return nearby().isCloserThan(lon, lat, uncertaintyMetres) ? SpatialAnswer.UNCERTAIN : sideOf(lon, lat);
    }

    private SpatialAnswer sideOf(double lon, double lat) {
        return side != null ? side : polygon.located(lon, lat);
    }

    /**
     * An upper bound in metres on the geodesic distance from the box's centre to a point of the box: the length of
     * the straight longitude/latitude path between them at the box's largest scales, which no geodesic exceeds.
     */
    private double fromCentre(double lon, double lat) {
        double east = (lon - centreLon) * largestPerDegreeLon;
        double north = (lat - centreLat) * largestPerDegreeLat;
        return Math.sqrt(east * east + north * north) * SAFETY;
    }

    /** The segments that can come within any uncertainty left to measure of the box's points, found once. */
    private NearbySegments nearby() {
        if (nearby == null) {
            nearby = boundary.nearby(box, Math.min(maxUncertaintyMetres, highest));
        }
        return nearby;
    }
}
