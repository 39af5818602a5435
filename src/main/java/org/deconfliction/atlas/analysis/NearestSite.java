package org.deconfliction.atlas.analysis;

import java.util.List;
import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.deconfliction.atlas.site.Site;

/**
 * The site nearest to a point by geodesic distance (metres) on WGS84; no answer when there are no sites. The
 * flat-earth distance to every site (a few nanoseconds each) ranks them; the exact distance is computed for the
 * first in that ranking, then only for sites whose flat-earth distance, less its error bound, does not exceed the
 * best exact distance found.
 */
final class NearestSite {

    /** A site and its distance in metres. */
    record Found(String siteId, double metres) {
    }

    /** Up to this distance and latitude the flat-earth error is below {@value #CUBIC_ERROR} × d³ (see GeodesicSegments). */
    private static final double BOUNDED_METRES = 1_000_000;
    private static final double BOUNDED_LATITUDE = 45;
    private static final double CUBIC_ERROR = 1e-14;
    private static final double FLOOR_METRES = 0.01;

    private final String[] ids;
    private final double[] lon;
    private final double[] lat;

    NearestSite(List<Site> sites) {
        ids = new String[sites.size()];
        lon = new double[sites.size()];
        lat = new double[sites.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sites.get(i).id();
            lon[i] = sites.get(i).location().getX();
            lat[i] = sites.get(i).location().getY();
        }
    }

    /** The nearest site to the point (degrees), or null when there are no sites; ties go to the earlier site. */
    Found nearest(double lon, double lat) {
        int n = ids.length;
        if (n == 0) {
            return null;
        }
        double[] lowest = new double[n];
        int first = 0;
        double firstApproximate = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double approximate = EllipsoidScale.approximateMetres(lon, lat, this.lon[i], this.lat[i]);
            lowest[i] = lowerBound(approximate, lat, this.lat[i]);
            if (approximate < firstApproximate) {
                firstApproximate = approximate;
                first = i;
            }
        }
        int bestSite = first;
        double best = GeodesicDistance.between(lon, lat, this.lon[first], this.lat[first]);
        for (int i = 0; i < n; i++) {
            if (i != first && lowest[i] <= best) {
                double metres = GeodesicDistance.between(lon, lat, this.lon[i], this.lat[i]);
                if (metres < best || metres == best && i < bestSite) {
                    best = metres;
                    bestSite = i;
                }
            }
        }
        return new Found(ids[bestSite], best);
    }

    /** The least the geodesic distance can be, given the flat-earth one; 0 where the error bound is not known. */
    private static double lowerBound(double approximate, double latA, double latB) {
        double reach = approximate * 1.01;
        if (reach > BOUNDED_METRES || Math.abs(latA) > BOUNDED_LATITUDE || Math.abs(latB) > BOUNDED_LATITUDE) {
            return 0;
        }
        return approximate - CUBIC_ERROR * reach * reach * reach - FLOOR_METRES;
    }
}
