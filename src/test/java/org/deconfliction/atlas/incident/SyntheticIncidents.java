package org.deconfliction.atlas.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.AtlasExtent;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteKind;

/**
 * Synthetic incidents for load tests and benchmarks, the same for the same seed and count. Each one is placed
 * around a shipped site (towns weigh three times as much as other sites), at a geodesic distance whose spread
 * follows its location precision (half within a few kilometres, a long tail to 60 km); category, opponent, forces,
 * precision with its uncertainty radius, date precision and source documents are drawn from the shipped incidents,
 * so the mix looks like the real data; titles name the site, summaries are made-up sentences of the lengths the
 * shipped ones have. Every incident is valid for {@link IncidentReader}: inside the atlas extent, a known site or none.
 * Incident {@code i} depends only on the seed and {@code i}, so any slice can be made on its own.
 * {@link SyntheticGeodataFolder} writes them as a geodata folder the application starts from.
 */
public final class SyntheticIncidents {

    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 9, 1);
    private static final int DAYS = (int) (LocalDate.of(2021, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay());
    private static final String[] PHRASES = {
        "Coalition aircraft struck positions", "a convoy was reported moving along the highway",
        "local sources said the fighting lasted several hours", "the force withdrew before dawn",
        "casualty figures could not be confirmed independently", "a patrol came under fire near a checkpoint",
        "rockets landed close to the perimeter of the base", "drones were seen over the oil field",
        "the statement gave no figures for the other side", "witnesses described heavy vehicles on the road",
        "the coalition said the strike was in self-defence", "the area had changed hands twice that year",
        "reports disagree on who fired first", "the crossing was closed for two days afterwards",
        "an observation post on the river bank was hit", "engineers cleared mines from the approach road"};
    private static final String[] NOUNS = {"strike", "clash", "patrol", "convoy", "attack", "raid", "movement", "shelling"};

    private final List<Site> sites;
    private final double[] siteWeights;
    private final List<Incident> patterns;
    private final long seed;
    private final java.util.Map<String, List<SourceReference>> sourcesByPattern = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param sites    the sites to cluster around (the shipped ones); must not be empty
     * @param patterns incidents whose attribute mix is copied (the shipped ones); must not be empty
     * @param seed     the seed: the same seed and index give the same incident
     */
    public SyntheticIncidents(List<Site> sites, List<Incident> patterns, long seed) {
        if (sites.isEmpty() || patterns.isEmpty()) {
            throw new IllegalArgumentException("needs at least one site and one pattern incident");
        }
        this.sites = List.copyOf(sites);
        this.patterns = List.copyOf(patterns);
        this.seed = seed;
        this.siteWeights = new double[sites.size()];
        double sum = 0;
        for (int i = 0; i < sites.size(); i++) {
            sum += sites.get(i).kind() == SiteKind.TOWN ? 3 : 1;
            siteWeights[i] = sum;
        }
    }

    /** Incidents {@code 0} to {@code count - 1}, in index order. */
    public Stream<Incident> stream(int count) {
        return IntStream.range(0, count).mapToObj(this::incident);
    }

    /** Incident number {@code index}; its id is {@code synthetic-<index, 7 digits>}. */
    public Incident incident(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Incident pattern = patterns.get(random.nextInt(patterns.size()));
        Site site = pickSite(random);
        LocationUncertainty uncertainty = pattern.uncertainty();
        double spreadMetres = Math.min(60_000, Math.max(500, uncertainty.radiusMetres()));
        double distance = Math.abs(random.nextGaussian()) * spreadMetres;
        GeodesicData at = Geodesic.WGS84.Direct(site.location().getY(), site.location().getX(),
                random.nextDouble(-180, 180), distance);
        // 6 decimals (about 0.1 m), as GeoJSON is written: what is stored is what was made
        double lon = Math.rint(Math.clamp(at.lon2, AtlasExtent.MIN_LON, AtlasExtent.MAX_LON) * 1e6) / 1e6;
        double lat = Math.rint(Math.clamp(at.lat2, AtlasExtent.MIN_LAT, AtlasExtent.MAX_LAT) * 1e6) / 1e6;
        String noun = NOUNS[random.nextInt(NOUNS.length)];
        String title = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " near " + site.name();
        return new Incident(
                "synthetic-%07d".formatted(index),
                title,
                text(random, pattern.summary() == null ? 200 : pattern.summary().length()),
                pattern.category(),
                pattern.actors(),
                pattern.opponent(),
                pattern.casualties(),
                Math.round(distance / 1000) + " km from " + site.name(),
                distance < 3_000 ? site.id() : null,
                Wgs84.point(lon, lat),
                uncertainty,
                date(random, pattern.date().precision()),
                null,
                pattern.country(),
                sourcesByPattern.computeIfAbsent(pattern.id(), id -> synthetic(pattern.sources())),
                List.of());
    }

    private Site pickSite(SplittableRandom random) {
        double pick = random.nextDouble(siteWeights[siteWeights.length - 1]);
        for (int i = 0; i < siteWeights.length; i++) {
            if (pick < siteWeights[i]) {
                return sites.get(i);
            }
        }
        return sites.getLast();
    }

    /** A date of the given precision between September 2014 and December 2021, weighted to the middle years. */
    private static IncidentDate date(SplittableRandom random, DatePrecision precision) {
        int day = (int) ((random.nextDouble() + random.nextDouble()) / 2 * DAYS);
        LocalDate start = FIRST_DAY.plusDays(day);
        return switch (precision) {
            case DAY -> IncidentDate.day(start);
            case MONTH -> new IncidentDate(DatePrecision.MONTH, start.withDayOfMonth(1),
                    start.withDayOfMonth(start.lengthOfMonth()), null);
            case RANGE -> new IncidentDate(DatePrecision.RANGE, start, start.plusDays(1 + random.nextInt(9)), null);
        };
    }

    /** Made-up sentences of about {@code length} characters. */
    private static String text(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            String phrase = PHRASES[random.nextInt(PHRASES.length)];
            text.append(text.isEmpty() ? Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) : "; " + phrase);
        }
        String cut = text.length() > length + 20 ? text.substring(0, length).strip() : text.toString();
        return cut.endsWith(".") ? cut : cut + ".";
    }

    private static List<SourceReference> synthetic(List<SourceReference> patternSources) {
        return List.of(new SourceReference("Synthetic incident for load tests, not a real event (patterned on: "
                + patternSources.getFirst().title() + ")", "Deconfliction Atlas generator", patternSources.getFirst().seed()));
    }
}
