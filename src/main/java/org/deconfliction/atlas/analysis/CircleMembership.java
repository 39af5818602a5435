package org.deconfliction.atlas.analysis;

import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.locationtech.jts.geom.Envelope;

/**
 * Membership of a geodesic circle: a point is inside when its geodesic distance from the centre is at most the
 * radius (metres), whatever polygon is drawn for the circle. Points clearly inside or outside are settled by an
 * ellipsoidal flat-earth distance with a safety margin; GeographicLib measures the rest.
 */
final class CircleMembership implements RegionMembership {

    /** The flat-earth distance is trusted to this fraction (3× its worst error within 500 km) ... */
    private static final double RELATIVE_MARGIN = 3e-3;
    /** ... plus this many metres ... */
    private static final double ABSOLUTE_MARGIN = 5;
    /** ... up to this distance, in metres. */
    private static final double TRUSTED_METRES = 400_000;

    private final double lon;
    private final double lat;
    private final double radiusMetres;
    private final Envelope reach;

    CircleMembership(double lon, double lat, double radiusMetres) {
        this.lon = lon;
        this.lat = lat;
        this.radiusMetres = radiusMetres;
        this.reach = EllipsoidScale.boxAround(lon, lat, radiusMetres);
    }

    @Override
    public SpatialAnswer answer(double pointLon, double pointLat, double uncertaintyMetres) {
        double approximate = EllipsoidScale.approximateMetres(lon, lat, pointLon, pointLat);
        if (approximate < TRUSTED_METRES) {
            // Settle by the flat-earth distance when it is clear of the edge by more than its error.
            double margin = approximate * RELATIVE_MARGIN + ABSOLUTE_MARGIN;
            double fromEdge = approximate - radiusMetres;
            if (fromEdge + margin < -uncertaintyMetres) {
                return SpatialAnswer.INSIDE;
            }
            if (fromEdge - margin > uncertaintyMetres) {
                return SpatialAnswer.OUTSIDE;
            }
            if (Math.abs(fromEdge) + margin < uncertaintyMetres) {
                return SpatialAnswer.UNCERTAIN;
            }
        }
        double fromEdge = GeodesicDistance.between(lon, lat, pointLon, pointLat) - radiusMetres;
        if (Math.abs(fromEdge) < uncertaintyMetres) {
            return SpatialAnswer.UNCERTAIN;
        }
        return fromEdge <= 0 ? SpatialAnswer.INSIDE : SpatialAnswer.OUTSIDE;
    }

    @Override
    public Envelope reach() {
        return new Envelope(reach);
    }

    @Override
    public Coverage cover(Envelope box, double maxUncertaintyMetres) {
        double toCentre = GeodesicDistance.between(lon, lat, box.centre().x, box.centre().y);
        double spread = EllipsoidScale.diagonalUpperBound(box) / 2 + maxUncertaintyMetres;
        if (toCentre + spread <= radiusMetres) {
            return Coverage.ALL_INSIDE;
        }
        return toCentre - spread >= radiusMetres ? Coverage.ALL_OUTSIDE : Coverage.MIXED;
    }
}
