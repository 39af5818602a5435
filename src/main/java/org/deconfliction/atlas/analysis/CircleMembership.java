package org.deconfliction.atlas.analysis;

import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.locationtech.jts.geom.Envelope;

/**
 * Membership of a geodesic circle: a point is inside when its geodesic distance from the centre is at most the
 * radius (metres), exactly, whatever polygon is drawn for the circle.
 */
final class CircleMembership implements RegionMembership {

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
