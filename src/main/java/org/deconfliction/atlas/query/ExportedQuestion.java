package org.deconfliction.atlas.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.query.SpatialCondition.InRegion;
import org.locationtech.jts.io.WKTWriter;
import tools.jackson.databind.node.ObjectNode;

/**
 * A question as an export keeps it, so that it can be asked again from the file: what was asked and with which
 * values (the site and distance, the river's distance, a circle's centre and radius, a buffered line and its width,
 * a polygon), not only the area that resulted; and the file name that names it with the day of export.
 */
public final class ExportedQuestion {

    private ExportedQuestion() {
    }

    /**
     * The question as a JSON object: {@code kind} ({@code all}, {@code bank}, {@code near-site}, {@code near-river},
     * {@code zone}, {@code region}) and its values, distances as numbers, geometries as GeoJSON (longitude, latitude),
     * and the categories and dates that narrow it.
     */
    public static ObjectNode json(IncidentQuery query) {
        ObjectNode q = GeoJsonEncoder.properties();
        switch (query.spatial()) {
            case null -> q.put("kind", "all");
            case SpatialCondition.OnBank bank -> q.put("kind", "bank").put("side", bank.side().name().toLowerCase(Locale.ROOT));
            case SpatialCondition.NearSite near -> q.put("kind", "near-site").put("site", near.siteId()).put("km", near.km());
            case SpatialCondition.NearRiver river -> q.put("kind", "near-river").put("river", "euphrates").put("km", river.km());
            case SpatialCondition.InZone zone -> q.put("kind", "zone").put("zone", zone.zoneId());
            case InRegion region -> region(q.put("kind", "region"), region.region());
        }
        IncidentFilter f = query.filter();
        if (!f.categories().isEmpty()) {
            q.set("categories", GeoJsonEncoder.strings(f.categories().stream().map(c -> c.code()).sorted().toList()));
        }
        if (f.from() != null) {
            q.put("from", f.from().toString());
        }
        if (f.to() != null) {
            q.put("to", f.to().toString());
        }
        return q;
    }

    /** What the question drew, as comment lines' text for a CSV file (without the {@code #}); none for presets. */
    public static List<String> csvLines(IncidentQuery query) {
        List<String> lines = new ArrayList<>();
        if (query.spatial() instanceof InRegion region) {
            DrawnRegion drawn = region.region();
            String geometry = new WKTWriter().write(drawn.drawn());
            switch (drawn.kind()) {
                case CIRCLE -> {
                    lines.add("circle centre (WKT, lon lat): " + geometry);
                    lines.add("circle radius (m): " + number(drawn.metres()));
                }
                case LINE_BUFFER -> {
                    lines.add("buffered line (WKT, lon lat): " + geometry);
                    lines.add("buffer on each side (km): " + number(drawn.metres() / 1000));
                }
                default -> { }
            }
        }
        return lines;
    }

    /**
     * The file name for an export of the question on a day, e.g. {@code atlas-within-15km-of-conoco-2026-12-02.geojson};
     * only letters, digits, dots and hyphens, at most 80 characters before the date.
     */
    public static String fileName(IncidentQuery query, LocalDate day, String extension) {
        String words = switch (query.spatial()) {
            case null -> "all-incidents";
            case SpatialCondition.OnBank bank -> bank.side().name() + "-of-the-euphrates";
            case SpatialCondition.NearSite near -> "within-" + number(near.km()) + "km-of-" + word(near.siteId());
            case SpatialCondition.NearRiver river -> "within-" + number(river.km()) + "km-of-the-euphrates";
            case SpatialCondition.InZone zone -> "inside-" + word(zone.zoneId());
            case InRegion region -> switch (region.region().kind()) {
                case CIRCLE -> "within-" + number(region.region().metres() / 1000) + "km-of-a-drawn-point";
                case LINE_BUFFER -> "within-" + number(region.region().metres() / 1000) + "km-of-a-drawn-line";
                case RECTANGLE -> "inside-a-drawn-rectangle";
                case POLYGON -> "inside-a-drawn-polygon";
            };
        };
        String slug = words.toLowerCase(Locale.ROOT);
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return "atlas-" + slug + "-" + day + "." + extension;
    }

    private static void region(ObjectNode q, DrawnRegion region) {
        switch (region.kind()) {
            case CIRCLE -> {
                q.put("shape", "circle");
                q.set("centre", GeoJsonEncoder.geometry(region.drawn()));
                q.put("radiusMetres", region.metres());
            }
            case LINE_BUFFER -> {
                q.put("shape", "line-buffer");
                q.set("line", GeoJsonEncoder.geometry(region.drawn()));
                q.put("bufferKm", region.metres() / 1000);
            }
            case RECTANGLE, POLYGON -> {
                q.put("shape", region.kind().name().toLowerCase(Locale.ROOT));
                q.set("polygon", GeoJsonEncoder.geometry(region.drawn()));
            }
        }
    }

    /** An id from the data as letters, digits and single hyphens only. */
    private static String word(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }
}
