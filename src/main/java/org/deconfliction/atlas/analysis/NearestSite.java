package org.deconfliction.atlas.analysis;

import java.util.List;
import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.deconfliction.atlas.site.Site;

/** The site nearest to a point by geodesic distance (metres) on WGS84; no answer when there are no sites. */
final class NearestSite {

    /** A site and its distance in metres. */
    record Found(String siteId, double metres) {
    }

    private final List<Site> sites;

    NearestSite(List<Site> sites) {
        this.sites = List.copyOf(sites);
    }

    /** The nearest site to the point (degrees), or null when there are no sites; ties go to the earlier site. */
    Found nearest(double lon, double lat) {
        Found best = null;
        for (Site site : sites) {
            double metres = GeodesicDistance.between(lon, lat, site.location().getX(), site.location().getY());
            if (best == null || metres < best.metres()) {
                best = new Found(site.id(), metres);
            }
        }
        return best;
    }
}
