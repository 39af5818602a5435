package org.deconfliction.atlas.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.CsvCell;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.Range;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.query.SpatialCondition.InRegion;
import tools.jackson.databind.node.ObjectNode;

/**
 * A query's answer written so that it can be reproduced: the incidents with their derived attributes (distances as
 * numbers in kilometres, casualties per side in CSV columns), and the question itself (in words, as parameters, as
 * {@link ExportedQuestion} keeps it to be asked again, the region's outline), the time of export and every source
 * document the incidents cite. GeoJSON carries the question in a top-level {@code query} member; CSV in comment
 * lines starting with {@code #} before the header (quoted as one cell where they hold a comma), every cell neutralised
 * against spreadsheet formulas ({@link CsvCell}).
 */
public final class ResultExport {

    private ResultExport() {
    }

    /** The question in words: spatial condition and filter. */
    public static String describe(IncidentQuery query) {
        List<String> parts = new ArrayList<>();
        parts.add(query.spatial() == null ? "all incidents" : "incidents " + query.spatial().describe());
        IncidentFilter f = query.filter();
        if (f.from() != null || f.to() != null) {
            parts.add("dated " + (f.from() == null ? "any time" : f.from()) + " to " + (f.to() == null ? "any time" : f.to()));
        }
        if (!f.categories().isEmpty()) {
            parts.add("categories " + f.categories().stream().map(c -> c.code()).sorted().collect(Collectors.joining(", ")));
        }
        if (f.text() != null) {
            parts.add("matching \"" + f.text() + "\"");
        }
        return String.join(", ", parts);
    }

    /** The answer as an RFC 7946 FeatureCollection with a {@code query} member. */
    public static ObjectNode geoJson(QueryResult result, Instant exportedAt) {
        List<ObjectNode> features = result.answers().stream().map(answer -> {
            ObjectNode feature = IncidentGeoJson.feature(answer.incident());
            ObjectNode p = (ObjectNode) feature.get("properties");
            derived(answer).forEach(p::put);
            p.put("riverDistanceKm", rounded(answer.attributes().riverDistanceKm()));
            if (Double.isNaN(answer.attributes().nearestSiteKm())) {
                p.putNull("nearestSiteKm");
            } else {
                p.put("nearestSiteKm", rounded(answer.attributes().nearestSiteKm()));
            }
            return feature;
        }).toList();
        ObjectNode collection = GeoJsonEncoder.featureCollection(features);
        ObjectNode query = collection.putObject("query");
        query.put("description", describe(result.query()));
        query.put("exportedAt", exportedAt.toString());
        query.put("matched", result.total());
        query.set("question", ExportedQuestion.json(result.query()));
        ObjectNode parameters = query.putObject("parameters");
        parameters(result.query()).forEach(parameters::put);
        if (result.query().spatial() instanceof InRegion region) {
            query.set("region", GeoJsonEncoder.geometry(region.region().outline()));
        }
        query.set("sources", GeoJsonEncoder.sources(sources(result)));
        return collection;
    }

    /** The answer as CSV (RFC 4180), one incident a row, after {@code #} lines that state the question. */
    public static String csv(QueryResult result, Instant exportedAt) {
        StringBuilder out = new StringBuilder();
        out.append(CsvCell.comment("Deconfliction Atlas export: " + describe(result.query()))).append("\r\n");
        out.append(CsvCell.comment("exported at: " + exportedAt)).append("\r\n");
        parameters(result.query()).forEach((name, value) -> out.append(CsvCell.comment(name + ": " + value)).append("\r\n"));
        ExportedQuestion.csvLines(result.query()).forEach(line -> out.append(CsvCell.comment(line)).append("\r\n"));
        if (result.query().spatial() instanceof InRegion region) {
            out.append(CsvCell.comment("region (WKT, lon lat): " + region.region().wkt())).append("\r\n");
        }
        out.append("id,date_start,date_end,date_precision,title,category,longitude,latitude,uncertainty_m,")
                .append("answer,bank,bank_certainty,river_distance_km,nearest_site,nearest_site_km,")
                .append(CASUALTY_COLUMNS).append(",casualty_note,sources\r\n");
        for (IncidentAnswer answer : result.answers()) {
            Incident i = answer.incident();
            Map<String, String> d = derived(answer);
            List<String> cells = new ArrayList<>(List.of(i.id(), i.date().start().toString(), i.date().end().toString(),
                    i.date().precision().code(), i.title(), i.category().code(),
                    String.format(Locale.ROOT, "%.5f", i.location().getX()), String.format(Locale.ROOT, "%.5f", i.location().getY()),
                    String.valueOf(Math.round(i.uncertainty().radiusMetres())), d.get("answer"), d.get("bank"),
                    d.get("bankCertainty"), d.get("riverDistanceKm"), d.get("nearestSite"), d.get("nearestSiteKm")));
            Casualties c = i.casualties();
            for (CasualtyCount side : java.util.Arrays.asList(c.sideA(), c.sideB(), c.civilians())) {
                cells.addAll(bounds(side == null ? null : side.killed()));
                cells.addAll(bounds(side == null ? null : side.wounded()));
            }
            cells.add(c.note());
            cells.add(i.sources().stream().map(s -> s.title() + (s.seed() == null ? "" : " [" + s.seed() + "]")).collect(Collectors.joining("; ")));
            out.append(cells.stream().map(CsvCell::of).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /** Casualty columns: killed and wounded, lowest and highest reported, per side; empty where the sources do not say. */
    static final String CASUALTY_COLUMNS = String.join(",", List.of("a", "b", "civilians").stream()
            .flatMap(side -> List.of("killed_min", "killed_max", "wounded_min", "wounded_max").stream()
                    .map(count -> (side.length() == 1 ? "side_" + side : side) + "_" + count))
            .toList());

    private static List<String> bounds(Range range) {
        return range == null ? java.util.Arrays.asList(null, null)
                : List.of(String.valueOf(range.min()), String.valueOf(range.max()));
    }

    private static double rounded(double km) {
        return Math.round(km * 1000) / 1000.0;
    }

    private static Map<String, String> derived(IncidentAnswer answer) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("answer", answer.answer().name().toLowerCase(Locale.ROOT));
        d.put("bank", answer.attributes().bank().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        d.put("bankCertainty", answer.attributes().bankCertain() ? "certain" : "uncertain");
        d.put("riverDistanceKm", String.format(Locale.ROOT, "%.3f", answer.attributes().riverDistanceKm()));
        d.put("nearestSite", answer.attributes().nearestSiteId() == null ? "" : answer.attributes().nearestSiteId());
        d.put("nearestSiteKm", String.format(Locale.ROOT, "%.3f", answer.attributes().nearestSiteKm()));
        return d;
    }

    /** The question as the API's parameters (e.g. {@code bank}, {@code near} and {@code km}, {@code datetime}), in order. */
    public static Map<String, String> parameters(IncidentQuery query) {
        Map<String, String> p = new LinkedHashMap<>();
        switch (query.spatial()) {
            case null -> { }
            case SpatialCondition.OnBank bank -> p.put("bank", bank.side().name().toLowerCase(Locale.ROOT));
            case SpatialCondition.NearSite near -> {
                p.put("near", near.siteId());
                p.put("km", String.valueOf(near.km()));
            }
            case SpatialCondition.NearRiver river -> p.put("nearRiver", String.valueOf(river.km()));
            case SpatialCondition.InZone zone -> p.put("zone", zone.zoneId());
            case InRegion region -> {
                p.put("regionKind", region.region().kind().name().toLowerCase(Locale.ROOT));
                p.put("region", region.region().wkt());
            }
        }
        IncidentFilter f = query.filter();
        if (f.from() != null || f.to() != null) {
            p.put("datetime", (f.from() == null ? ".." : f.from().toString()) + "/" + (f.to() == null ? ".." : f.to().toString()));
        }
        return p;
    }

    private static List<SourceReference> sources(QueryResult result) {
        return result.answers().stream().flatMap(a -> a.incident().sources().stream()).distinct()
                .sorted(java.util.Comparator.comparing(SourceReference::seed,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(SourceReference::title)).toList();
    }

}
