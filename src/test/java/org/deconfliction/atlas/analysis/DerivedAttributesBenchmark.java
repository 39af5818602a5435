package org.deconfliction.atlas.analysis;

import java.util.List;
import java.util.Locale;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.GeodataIncidentRepository;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * What deriving an incident's attributes (bank and certainty, km to the Euphrates, nearest site and its km) costs
 * per incident, over {@link SyntheticIncidents} (seed 42, default 100,000) on one thread (a plain {@code main}, see
 * BENCHMARKS.md): the prefiltered derivation of {@link SpatialAnalysis} on a fresh analysis (its cells of candidate
 * segments built on the way) and again, and the search it replaced (growing boxes over the river's STRtree, every
 * site's exact distance) on a slice, with the parts of each.
 */
public final class DerivedAttributesBenchmark {

    private DerivedAttributesBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length == 0 ? 100_000 : Integer.parseInt(args[0].replace("_", ""));
        GeodataFiles shipped = new GeodataFiles(new DefaultResourceLoader(), "classpath:geodata/");
        SiteRepository siteRepository = new GeodataSiteRepository(shipped);
        List<Site> sites = siteRepository.findAll();
        List<Incident> patterns = new GeodataIncidentRepository(shipped, siteRepository).findAll();
        List<LocatedItem> items = new SyntheticIncidents(sites, patterns, 42).stream(n)
                .map(i -> new LocatedItem(i.id(), i.location(), i.uncertainty().radiusMetres())).toList();
        System.out.printf(Locale.ROOT, "%,d synthetic incidents, %d sites%n", n, sites.size());

        SpatialAnalysis warm = new SpatialAnalysis(ReferenceFixtures.euphrates(), List.of(), List.of(), () -> sites);
        NearestSite nearest = new NearestSite(sites);
        run("prefiltered, warm-up on a separate analysis", items, item -> warm.attributes(item, nearest));
        SpatialAnalysis fresh = new SpatialAnalysis(ReferenceFixtures.euphrates(), List.of(), List.of(), () -> sites);
        run("prefiltered, fresh analysis (cells built on the way)", items, item -> fresh.attributes(item, nearest));
        run("prefiltered, second pass", items, item -> fresh.attributes(item, nearest));
        GeodesicLineDistance river = new GeodesicLineDistance(ReferenceFixtures.euphrates());
        EuphratesBank bank = ReferenceFixtures.bank();
        run("  part: bank and certainty", items, item -> bank.side(item.point().getX(), item.point().getY(),
                item.uncertaintyMetres()));
        run("  part: km to the river", items, item -> river.metres(item.point().getX(), item.point().getY()));
        run("  part: nearest site", items, item -> nearest.nearest(item.point().getX(), item.point().getY()));

        List<LocatedItem> slice = items.subList(0, Math.min(n, 20_000));
        run("replaced search, part: km to the river", slice,
                item -> river.searchedMetres(item.point().getX(), item.point().getY()));
        run("replaced search, part: nearest site (every site exact)", slice, item -> everySite(sites, item));
    }

    private static Object everySite(List<Site> sites, LocatedItem item) {
        double best = Double.POSITIVE_INFINITY;
        for (Site site : sites) {
            best = Math.min(best, org.deconfliction.atlas.geodesy.GeodesicDistance.between(item.point(), site.location()));
        }
        return best;
    }

    private static void run(String what, List<LocatedItem> items, java.util.function.Function<LocatedItem, Object> work) {
        long start = System.nanoTime();
        int sink = 0;
        for (LocatedItem item : items) {
            sink += work.apply(item).hashCode();
        }
        double us = (System.nanoTime() - start) / 1e3 / items.size();
        System.out.printf(Locale.ROOT, "%-60s %8.2f µs/incident over %,d (%d)%n", what, us, items.size(), sink & 1);
    }
}
