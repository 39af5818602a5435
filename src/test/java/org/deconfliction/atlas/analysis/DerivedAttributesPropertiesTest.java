package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.deconfliction.atlas.site.Site;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The prefiltered derivation (cells of candidate segments, bounded nearest-site search) gives what brute force
 * gives: the same bank and certainty, the same nearest site, distances within 1 mm, anywhere in and around the
 * area of interest, close to the river and close to sites.
 */
class DerivedAttributesPropertiesTest {

    private static final List<Site> SITES = new GeodataSiteRepository(
            new GeodataFiles(new DefaultResourceLoader(), "classpath:geodata/")).findAll();
    private static final LineString RIVER = ReferenceFixtures.euphrates();
    private static final SpatialAnalysis FAST = new SpatialAnalysis(RIVER, List.of(), List.of(), () -> SITES);
    private static final NearestSite NEAREST = new NearestSite(SITES);
    private static final ExactAttributes EXACT = new ExactAttributes(RIVER, SITES);

    @Property(tries = 400)
    void anywhereInAndAroundTheArea(@ForAll("aroundTheArea") LocatedItem item) {
        assertSameAsBruteForce(item);
    }

    @Property(tries = 400)
    void closeToTheRiver(@ForAll("nearTheRiver") LocatedItem item) {
        assertSameAsBruteForce(item);
    }

    @Property(tries = 400)
    void closeToSitesAndHalfwayBetweenThem(@ForAll("nearSites") LocatedItem item) {
        assertSameAsBruteForce(item);
    }

    private static void assertSameAsBruteForce(LocatedItem item) {
        ItemAttributes fast = FAST.attributes(item, NEAREST);
        ItemAttributes exact = EXACT.of(item);
        assertThat(fast.bank()).as("bank").isEqualTo(exact.bank());
        assertThat(fast.bankCertain()).as("bank certain").isEqualTo(exact.bankCertain());
        assertThat(fast.nearestSiteId()).as("nearest site").isEqualTo(exact.nearestSiteId());
        assertThat(fast.riverDistanceKm()).as("km to the river").isCloseTo(exact.riverDistanceKm(), within(1e-6));
        assertThat(fast.nearestSiteKm()).as("km to the nearest site").isCloseTo(exact.nearestSiteKm(), within(1e-6));
    }

    @Provide
    Arbitrary<LocatedItem> aroundTheArea() {
        return items(Arbitraries.doubles().between(EuphratesBank.WEST - 3, EuphratesBank.EAST + 3),
                Arbitraries.doubles().between(EuphratesBank.SOUTH - 3, EuphratesBank.NORTH + 3));
    }

    @Provide
    Arbitrary<LocatedItem> nearTheRiver() {
        Coordinate[] course = RIVER.getCoordinates();
        return Combinators.combine(Arbitraries.integers().between(1, course.length - 1),
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(-0.05, 0.05),
                        Arbitraries.doubles().between(-0.05, 0.05), uncertainties())
                .as((i, t, dx, dy, metres) -> item(course[i - 1].x + t * (course[i].x - course[i - 1].x) + dx * dx * dx * 400,
                        course[i - 1].y + t * (course[i].y - course[i - 1].y) + dy * dy * dy * 400, metres));
    }

    @Provide
    Arbitrary<LocatedItem> nearSites() {
        return Combinators.combine(Arbitraries.integers().between(0, SITES.size() - 1),
                        Arbitraries.integers().between(0, SITES.size() - 1), Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(-0.01, 0.01), Arbitraries.doubles().between(-0.01, 0.01), uncertainties())
                .as((a, b, t, dx, dy, metres) -> {
                    var p = SITES.get(a).location();
                    var q = SITES.get(b).location();
                    double along = t < 0.5 ? t * t * t : 0.5 + (t - 0.5) * (t - 0.5) * (t - 0.5);
                    return item(p.getX() + along * (q.getX() - p.getX()) + dx, p.getY() + along * (q.getY() - p.getY()) + dy, metres);
                });
    }

    private static Arbitrary<LocatedItem> items(Arbitrary<Double> lon, Arbitrary<Double> lat) {
        return Combinators.combine(lon, lat, uncertainties()).as(DerivedAttributesPropertiesTest::item);
    }

    private static Arbitrary<Double> uncertainties() {
        return Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 60_000));
    }

    private static LocatedItem item(double lon, double lat, double metres) {
        return new LocatedItem("p", ReferenceFixtures.point(lon, lat), metres);
    }
}
