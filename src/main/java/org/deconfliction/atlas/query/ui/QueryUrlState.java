package org.deconfliction.atlas.query.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.deconfliction.atlas.analysis.InvalidRegionException;
import org.deconfliction.atlas.analysis.StrictWkt;
import org.deconfliction.atlas.web.StrictDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The question in the URL: {@code q} (all, east, west, al-tanf-zone, near-site, near-river, region), {@code site}
 * and {@code km} where they apply, and for a drawn region {@code shape} (Polygon, Rectangle, Circle, Line),
 * {@code region} (WKT in lon lat order; the centre POINT for a circle) and {@code radius} (metres, circles); and
 * {@code categories} (comma-separated category codes, none meaning all), which narrows any question. Reading
 * never fails: an unusable parameter is reported in {@code ignored}.
 */
public record QueryUrlState(Question question, String siteId, Double km, DrawnShape shape,
        Set<IncidentCategory> categories, List<String> ignored) {

    private static final int WKT_DECIMALS = 6;

    /** The names of every parameter the question is written as. */
    public static final Set<String> NAMES = Set.of("categories", "q", "site", "km", "shape", "region", "radius");

    /** The parameters this state is written as; none for all incidents. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!categories.isEmpty()) {
            p.put("categories", List.of(categories.stream().map(IncidentCategory::code).sorted().collect(Collectors.joining(","))));
        }
        if (question == Question.ALL) {
            return p;
        }
        p.put("q", List.of(code(question)));
        if (question == Question.NEAR_SITE && siteId != null) {
            p.put("site", List.of(siteId));
        }
        if (km != null && (question == Question.NEAR_SITE || question == Question.NEAR_RIVER
                || (question == Question.REGION && shape != null && "Line".equals(shape.shape())))) {
            p.put("km", List.of(km == Math.rint(km) ? String.valueOf(km.longValue()) : km.toString()));
        }
        if (question == Question.REGION && shape != null) {
            p.put("shape", List.of(shape.shape()));
            p.put("region", List.of(wkt(shape.geometryGeoJson())));
            if ("Circle".equals(shape.shape())) {
                p.put("radius", List.of(String.valueOf(Math.round(shape.radiusMetres()))));
            }
        }
        return p;
    }

    /** Reads the question's parameters. */
    public static QueryUrlState read(Map<String, List<String>> parameters) {
        List<String> ignored = new ArrayList<>();
        String q = first(parameters, "q");
        Question question = Question.ALL;
        if (q != null) {
            question = byCode(q);
            if (question == null) {
                ignored.add("question q='" + q + "' was ignored: not one of all, east, west, al-tanf-zone, near-site, near-river, region");
                question = Question.ALL;
            }
        }
        Double km = null;
        String kmText = first(parameters, "km");
        if (kmText != null) {
            OptionalDouble number = StrictDecimal.decimal(kmText.strip());
            if (number.isEmpty()) {
                ignored.add("km '" + kmText + "' was ignored: not a number");
            } else if (!(number.getAsDouble() > 0) || number.getAsDouble() > 1000) {
                ignored.add("km '" + kmText + "' was ignored: must be more than 0 and at most 1000");
            } else {
                km = number.getAsDouble();
            }
        }
        DrawnShape shape = null;
        if (question == Question.REGION) {
            shape = shape(parameters, ignored);
            if (shape == null) {
                question = Question.ALL;
            }
        }
        return new QueryUrlState(question, first(parameters, "site"), km, shape, categories(parameters, ignored),
                List.copyOf(ignored));
    }

    private static Set<IncidentCategory> categories(Map<String, List<String>> parameters, List<String> ignored) {
        String text = first(parameters, "categories");
        Set<IncidentCategory> chosen = EnumSet.noneOf(IncidentCategory.class);
        if (text == null) {
            return chosen;
        }
        for (String code : text.split(",")) {
            Arrays.stream(IncidentCategory.values()).filter(c -> c.code().equals(code.strip())).findFirst()
                    .ifPresentOrElse(chosen::add, () -> ignored.add("category '" + code.strip() + "' was ignored: there is no such category"));
        }
        return chosen;
    }

    private static DrawnShape shape(Map<String, List<String>> parameters, List<String> ignored) {
        String kind = first(parameters, "shape");
        String wkt = first(parameters, "region");
        if (kind == null || wkt == null || !List.of("Polygon", "Rectangle", "Circle", "Line").contains(kind)) {
            ignored.add("region was ignored: it needs shape=Polygon|Rectangle|Circle|Line and region=<WKT>");
            return null;
        }
        try {
            StrictWkt.check(wkt);
            Geometry geometry = new WKTReader(Wgs84.FACTORY).read(wkt);
            double radius = 0;
            if (kind.equals("Circle")) {
                String radiusText = first(parameters, "radius") == null ? "0" : first(parameters, "radius").strip();
                radius = StrictDecimal.decimal(radiusText).orElseThrow(
                        () -> new InvalidRegionException("the radius '" + radiusText + "' is not a number of metres"));
            }
            return new DrawnShape(kind, GeoJsonEncoder.geometry(geometry).toString(), radius);
        } catch (ParseException | InvalidRegionException e) {
            ignored.add("region '" + shortened(wkt) + "' was ignored: " + e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            // JTS refuses rings that are too short or not closed while reading
            ignored.add("region '" + shortened(wkt) + "' was ignored: not a usable geometry ("
                    + e.getMessage().toLowerCase(Locale.ROOT) + ")");
            return null;
        }
    }

    /** A long WKT cut for a notice: its first 60 characters. */
    private static String shortened(String wkt) {
        return wkt.length() > 60 ? wkt.substring(0, 60) + "…" : wkt;
    }

    private static String wkt(String geoJson) {
        try {
            return new WKTWriter().write(new GeoJsonReader(Wgs84.FACTORY).read(geoJson)).replaceAll("(\\.\\d{" + WKT_DECIMALS + "})\\d+", "$1");
        } catch (ParseException e) {
            throw new IllegalStateException("a drawn shape that was queried is always valid GeoJSON", e);
        }
    }

    private static String code(Question question) {
        return question.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Question byCode(String code) {
        for (Question q : Question.values()) {
            if (code(q).equals(code)) {
                return q;
            }
        }
        return null;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
