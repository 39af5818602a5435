package org.deconfliction.atlas.analysis;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

/**
 * Membership of the buffer of a line: a point is inside when its geodesic distance to the line is at most the
 * buffer distance (metres), exactly, whatever polygon is drawn for the buffer.
 */
final class LineBufferMembership implements RegionMembership {

    private final GeodesicLineDistance line;
    private final double bufferMetres;
    private final Envelope reach;

    LineBufferMembership(LineString line, double bufferMetres) {
        this.line = new GeodesicLineDistance(line);
        this.bufferMetres = bufferMetres;
        this.reach = EllipsoidScale.expand(line.getEnvelopeInternal(), bufferMetres + 1);
    }

    @Override
    public SpatialAnswer answer(double lon, double lat, double uncertaintyMetres) {
        return answer(line::isCloserThan, lon, lat, uncertaintyMetres);
    }

    @Override
    public PointTest near(Envelope box, double maxUncertaintyMetres) {
        NearbySegments nearby = line.nearby(box, bufferMetres + maxUncertaintyMetres);
        return (lon, lat, uncertaintyMetres) -> answer(nearby::isCloserThan, lon, lat, uncertaintyMetres);
    }

    private interface CloserThan {
        boolean test(double lon, double lat, double metres);
    }

    private SpatialAnswer answer(CloserThan line, double lon, double lat, double uncertaintyMetres) {
        if (!(uncertaintyMetres > 0)) {
            return line.test(lon, lat, bufferMetres) ? SpatialAnswer.INSIDE : SpatialAnswer.OUTSIDE;
        }
        if (!line.test(lon, lat, bufferMetres + uncertaintyMetres)) {
            return SpatialAnswer.OUTSIDE;
        }
        return line.test(lon, lat, bufferMetres - uncertaintyMetres) ? SpatialAnswer.INSIDE : SpatialAnswer.UNCERTAIN;
    }

    @Override
    public Envelope reach() {
        return new Envelope(reach);
    }

    @Override
    public Coverage cover(Envelope box, double maxUncertaintyMetres) {
        double lon = box.centre().x;
        double lat = box.centre().y;
        double spread = EllipsoidScale.diagonalUpperBound(box) / 2 + maxUncertaintyMetres;
        if (!line.isCloserThan(lon, lat, bufferMetres + spread)) {
            return Coverage.ALL_OUTSIDE;
        }
        return line.isCloserThan(lon, lat, bufferMetres - spread) ? Coverage.ALL_INSIDE : Coverage.MIXED;
    }
}
