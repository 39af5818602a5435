package org.deconfliction.atlas.analysis;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.deconfliction.atlas.site.Site;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * The derived attributes by brute force, the reference the prefiltered derivation is checked against: the bank
 * and its certainty as {@link EuphratesBank} decides them, the exact geodesic distance to every segment of the
 * river, and to every site. About 1 ms per item.
 */
final class ExactAttributes {

    private final EuphratesBank bank;
    private final Coordinate[] course;
    private final double[][] geodesics;
    private final List<Site> sites;

    ExactAttributes(LineString euphrates, List<Site> sites) {
        this.bank = new EuphratesBank(euphrates);
        this.course = euphrates.getCoordinates();
        this.geodesics = new double[course.length - 1][];
        for (int i = 1; i < course.length; i++) {
            GeodesicData ab = Geodesic.WGS84.Inverse(course[i - 1].y, course[i - 1].x, course[i].y, course[i].x);
            geodesics[i - 1] = new double[] {ab.azi1, ab.azi2, ab.s12};
        }
        this.sites = List.copyOf(sites);
    }

    ItemAttributes of(LocatedItem item) {
        double lon = item.point().getX();
        double lat = item.point().getY();
        BankSide plotted = bank.side(lon, lat, 0);
        boolean certain = plotted != BankSide.OUTSIDE_AREA
                && bank.side(lon, lat, item.uncertaintyMetres()) != BankSide.UNCERTAIN;
        String nearest = null;
        double nearestMetres = Double.NaN;
        for (Site site : sites) {
            double metres = GeodesicDistance.between(lon, lat, site.location().getX(), site.location().getY());
            if (nearest == null || metres < nearestMetres) {
                nearest = site.id();
                nearestMetres = metres;
            }
        }
        return new ItemAttributes(item.id(), plotted, certain, riverMetres(lon, lat) / 1000, nearest, nearestMetres / 1000);
    }

    double riverMetres(double lon, double lat) {
        double least = Double.POSITIVE_INFINITY;
        for (int i = 1; i < course.length; i++) {
            double[] g = geodesics[i - 1];
            least = Math.min(least, GeodesicIntercept.metres(lon, lat, course[i - 1].x, course[i - 1].y,
                    course[i].x, course[i].y, g[0], g[1], g[2]));
        }
        return least;
    }
}
