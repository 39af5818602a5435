package org.deconfliction.atlas.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.deconfliction.atlas.reference.DeconflictionLine;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.reference.River;
import org.deconfliction.atlas.reference.Zone;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.geodesy.GeodesicCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The spatial questions the atlas asks, over its reference layers and sites: the bank of the Euphrates a point is
 * on, geodesic distances in metres to the river and to deconfliction lines, answers for zones and drawn regions,
 * and indexes of located items with their derived attributes. Built once at start-up.
 */
@Service
public class SpatialAnalysis {

    /** Id of the river whose banks are told apart. */
    public static final String EUPHRATES = "euphrates";

    private final EuphratesBank bank;
    private final GeodesicLineDistance river;
    private final Map<String, GeodesicLineDistance> lines;
    private final Map<String, DrawnRegion> zones;
    private final Supplier<List<Site>> sites;
    private final LineString euphrates;
    /** Corridors along the river drawn lately, by width in kilometres (at most {@value #CORRIDORS_KEPT}). */
    private final Map<Double, Geometry> corridors = new java.util.LinkedHashMap<>(16, 0.75f, true);
    private static final int CORRIDORS_KEPT = 8;

    /** Reads the Euphrates, the deconfliction lines and the zones from the reference layers; sites on demand. */
    @Autowired
    public SpatialAnalysis(ReferenceLayers layers, SiteRepository sites) {
        this(layers.river(EUPHRATES).map(River::course)
                        .orElseThrow(() -> new IllegalStateException("rivers.geojson has no river with id " + EUPHRATES)),
                layers.lines(), layers.zones(), sites::findAll);
    }

    SpatialAnalysis(LineString euphrates, List<DeconflictionLine> lines, List<Zone> zones, Supplier<List<Site>> sites) {
        this.bank = new EuphratesBank(euphrates);
        this.river = new GeodesicLineDistance(euphrates);
        this.lines = lines.stream().collect(Collectors.toUnmodifiableMap(DeconflictionLine::id,
                line -> new GeodesicLineDistance(line.path())));
        this.zones = zones.stream().collect(Collectors.toUnmodifiableMap(Zone::id,
                zone -> DrawnRegion.circle(zone.centre().getX(), zone.centre().getY(), zone.radiusMetres())));
        this.sites = sites;
        this.euphrates = (LineString) euphrates.copy();
    }

    /** The bank of a point whose true place lies within {@code uncertaintyMetres} (0 for exact) of it. */
    public BankSide bankSide(Point point, double uncertaintyMetres) {
        requireUncertainty(uncertaintyMetres);
        return bank.side(point.getX(), point.getY(), uncertaintyMetres);
    }

    /** Geodesic distance in metres from a point to the Euphrates as drawn (not prolonged). */
    public double distanceToRiverMetres(Point point) {
        return river.metres(point.getX(), point.getY());
    }

    /** Geodesic distance in metres from a point to a deconfliction line; empty when no line has that id. */
    public OptionalDouble distanceToLineMetres(String lineId, Point point) {
        GeodesicLineDistance line = lines.get(lineId);
        return line == null ? OptionalDouble.empty() : OptionalDouble.of(line.metres(point.getX(), point.getY()));
    }

    /** Whether a point with an uncertainty radius lies in a zone (its geodesic circle); empty for an unknown zone. */
    public Optional<SpatialAnswer> zoneAnswer(String zoneId, Point point, double uncertaintyMetres) {
        requireUncertainty(uncertaintyMetres);
        return Optional.ofNullable(zones.get(zoneId)).map(zone -> zone.answer(point, uncertaintyMetres));
    }

    /** A zone as a region, for index queries; empty when no zone has that id. */
    public Optional<DrawnRegion> zoneRegion(String zoneId) {
        return Optional.ofNullable(zones.get(zoneId));
    }

    /**
     * An index over the items (none is fine), with their attributes derived on first request against the sites
     * as they are now.
     *
     * @throws IllegalArgumentException if two items share an id
     */
    public LocatedItemIndex index(Collection<LocatedItem> items) {
        NearestSite nearest = new NearestSite(sites.get());
        return new LocatedItemIndex(items, item -> attributes(item, nearest));
    }

    /**
     * An index over the items whose attributes are those {@code known} gives (null: derived on first request), for
     * attributes kept from an earlier derivation against the same {@link #referenceFingerprint}.
     *
     * @throws IllegalArgumentException if two items share an id
     */
    public LocatedItemIndex index(Collection<LocatedItem> items, java.util.function.Function<LocatedItem, ItemAttributes> known) {
        NearestSite nearest = new NearestSite(sites.get());
        return LocatedItemIndex.startingWith(items, item -> attributes(item, nearest), known);
    }

    /**
     * A fingerprint (SHA-256, hex) of everything derived attributes depend on besides the item: the river's
     * vertices, the area of interest, and the sites' ids and places in order. A site edit changes it.
     */
    public String referenceFingerprint() {
        StringBuilder text = new StringBuilder("area ").append(bank.area().toText()).append("\nriver");
        for (var c : euphrates.getCoordinates()) {
            text.append(' ').append(c.x).append(' ').append(c.y);
        }
        for (Site site : sites.get()) {
            text.append("\nsite ").append(site.id()).append(' ').append(site.location().getX()).append(' ')
                    .append(site.location().getY());
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The items within {@code km} kilometres (geodesic) of a site; empty when no site has that id. */
    public Optional<RegionMatch> nearSite(LocatedItemIndex index, String siteId, double km) {
        return nearSite(siteId, km).map(index::query);
    }

    /** The geodesic circle of {@code km} kilometres around a site; empty when no site has that id. */
    public Optional<DrawnRegion> nearSite(String siteId, double km) {
        return sites.get().stream().filter(site -> site.id().equals(siteId)).findFirst()
                .map(site -> DrawnRegion.circle(site.location().getX(), site.location().getY(), km * 1000));
    }

    /** The area of interest the banks are defined over (degrees). */
    public Polygon areaOfInterest() {
        return bank.area();
    }

    /** The east (left, Jazira) half of the area of interest. */
    public Polygon eastBank() {
        return bank.eastHalf();
    }

    /** The west (right, Shamiyah) half of the area of interest. */
    public Polygon westBank() {
        return bank.westHalf();
    }

    /**
     * The area within {@code km} kilometres of the Euphrates as drawn, on both banks, as a polygon in degrees for
     * drawing (geodesic to within 0.05 % of the width); membership is measured by distance, not from this outline.
     *
     * @throws IllegalArgumentException if km is not more than 0 and at most 1,000
     */
    public Geometry riverCorridor(double km) {
        if (!(km > 0) || km > 1000) {
            throw new IllegalArgumentException("a corridor must be more than 0 and at most 1,000 km wide, was " + km);
        }
        synchronized (corridors) {
            Geometry corridor = corridors.computeIfAbsent(km, width -> GeodesicBufferShape.around(euphrates, width * 1000));
            if (corridors.size() > CORRIDORS_KEPT) {
                corridors.remove(corridors.keySet().iterator().next());
            }
            return corridor.copy();
        }
    }

    /**
     * The geodesic circle of {@code km} kilometres around a site, as a polygon in degrees; empty when no site has
     * that id.
     *
     * @throws IllegalArgumentException if km is not a positive finite number
     */
    public Optional<Polygon> siteCircle(String siteId, double km) {
        return sites.get().stream().filter(site -> site.id().equals(siteId)).findFirst()
                .map(site -> GeodesicCircle.around(site.location(), km * 1000));
    }

    ItemAttributes attributes(LocatedItem item, NearestSite nearest) {
        double lon = item.point().getX();
        double lat = item.point().getY();
        BankSide plotted = bank.side(lon, lat, 0);
        boolean certain = plotted != BankSide.OUTSIDE_AREA && !bank.straddles(lon, lat, item.uncertaintyMetres());
        NearestSite.Found site = nearest.nearest(lon, lat);
        return new ItemAttributes(item.id(), plotted, certain, river.metres(lon, lat) / 1000,
                site == null ? null : site.siteId(), site == null ? Double.NaN : site.metres() / 1000);
    }

    private static void requireUncertainty(double metres) {
        if (!(metres >= 0) || Double.isInfinite(metres)) {
            throw new IllegalArgumentException("uncertainty must be 0 or more metres, was " + metres);
        }
    }
}
