package org.deconfliction.atlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deconfliction.atlas.geodata.GeodataException;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import tools.jackson.databind.JsonNode;

/**
 * One feature of an imported GeoJSON file to a candidate incident. A feature in the atlas's own form (its exports,
 * the API's items, {@code incidents.geojson}: {@code date} and {@code location} objects among the properties) is
 * read as strictly as the shipped geodata and keeps its id and every value, so an export imported into another
 * atlas gives the same incidents; the derived and flat properties the exports add are ignored. Any other feature is
 * a foreign one: its Point and the properties a {@link CsvMapping} names (or detects by their usual names) become
 * an incident through {@link MappedRow}, with ids {@code geojson-} and the id property, or the feature's own id.
 * A rejection's {@code line} is the feature's number in the collection (the first is 1); its reason names the
 * feature, its id and the line of the file where it starts.
 */
final class GeoJsonFeatureRow {

    static final String ID_PREFIX = "geojson-";
    /** The column name that stands for the feature's own {@code id} member. */
    static final String FEATURE_ID = "(feature id)";
    private static final Pattern FIELD = Pattern.compile("field '([^']+)'");

    private final CsvMapping mapping;
    private final CandidateChecks checks;
    private final String fileName;
    private final Supplier<Set<String>> siteIds;
    private final String idPrefix;
    private Set<String> knownSites;
    private MappedRow mapped;

    /** @param idPrefix the prefix of the ids made for foreign features: {@value #ID_PREFIX}, or another format's */
    GeoJsonFeatureRow(CsvMapping mapping, CandidateChecks checks, String fileName, Supplier<Set<String>> siteIds,
                      String idPrefix) {
        this.mapping = mapping;
        this.checks = checks;
        this.fileName = fileName;
        this.siteIds = siteIds;
        this.idPrefix = idPrefix;
    }

    /** How a reason names a feature: its number, its id if it has one, and where it is, e.g. {@code at line 5}. */
    static String label(long number, JsonNode feature, String where) {
        String id = feature.path("id").isValueNode() ? feature.path("id").asString() : null;
        return "feature #" + number + (id == null ? "" : " (id '" + id + "')") + " " + where;
    }

    /**
     * Hands feature number {@code number} to the sink.
     *
     * @param label what starts each of its rejections' reasons, e.g. {@code feature #3 (id 'x') at line 5}
     * @param where the feature in words for a foreign feature's summary, e.g. {@code feature 3}
     */
    void read(long number, String label, String where, JsonNode feature, RowSink sink) {
        String id = feature.path("id").isValueNode() ? feature.path("id").asString() : null;
        RowSink labelled = new RowSink() {
            @Override
            public void accept(ImportRow row) {
                sink.accept(row);
            }

            @Override
            public void reject(Rejection r) {
                sink.reject(new Rejection(r.line(), r.column(), r.value(), label + ": " + r.reason()));
            }
        };
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            labelled.reject(new Rejection(number, "type", feature.path("type").asString(""),
                    "is not a GeoJSON Feature (its \"type\" must be \"Feature\")"));
            return;
        }
        JsonNode properties = feature.path("properties");
        if (properties.path("date").isObject() && properties.path("location").isObject()) {
            atlasForm(number, id, feature, labelled);
        } else {
            foreign(number, label, where, feature, properties, labelled);
        }
    }

    private void atlasForm(long number, String id, JsonNode feature, RowSink sink) {
        if (knownSites == null) {
            knownSites = siteIds.get();
        }
        Incident incident;
        try {
            incident = IncidentGeoJson.read(fileName, feature.toString(), knownSites);
        } catch (GeodataException e) {
            Matcher field = FIELD.matcher(e.problem());
            String column = field.find() ? "properties." + field.group(1) : e.problem().contains("geometry")
                    || e.problem().contains("coordinate") ? "geometry" : "feature";
            JsonNode value = column.startsWith("properties.")
                    ? feature.at("/" + column.replace('.', '/')) : column.equals("geometry") ? feature.path("geometry") : null;
            sink.reject(new Rejection(number, column, value == null || value.isMissingNode() ? "" : text(value), e.problem()));
            return;
        }
        Rejection problem = checks.notInFuture(number, "properties.date.start", incident.date().start().toString(),
                incident.date().start());
        if (problem == null) {
            problem = checks.firstUse(number, "id", id);
        }
        if (problem != null) {
            sink.reject(problem);
            return;
        }
        sink.accept(new ImportRow(number, id, incident));
    }

    private void foreign(long number, String label, String where, JsonNode feature, JsonNode properties, RowSink sink) {
        if (mapped == null) {
            List<String> names = new ArrayList<>(properties.propertyNames());
            Map<String, String> columns = new java.util.HashMap<>(mapping.resolve(names, 0, "property", label + " does not have among its properties"));
            if (!columns.containsKey("date")) {
                throw new ImportRefusedException(0, label + " has no date property; map one (mapping.date); "
                        + "it has " + names);
            }
            if (!columns.containsKey("id") && feature.path("id").isValueNode()) {
                columns.put("id", FEATURE_ID);
            }
            mapped = new MappedRow(columns, checks, fileName, idPrefix);
        }
        Object located = point(number, feature.path("geometry"));
        if (located instanceof Rejection rejection) {
            sink.reject(rejection);
            return;
        }
        mapped.read(number, where, column -> value(feature, column), (Point) located, feature.toString(), sink);
    }

    private Object point(long number, JsonNode geometry) {
        if (geometry.isMissingNode() || geometry.isNull()) {
            return new Rejection(number, "geometry", "", "no coordinates: the feature has no geometry");
        }
        String type = geometry.path("type").asString("");
        if (!type.equals("Point")) {
            return new Rejection(number, "geometry.type", type, "must be a Point; the atlas imports incidents as points");
        }
        JsonNode c = geometry.path("coordinates");
        JsonNode lon = c.path(0);
        JsonNode lat = c.path(1);
        Rejection bad = checks.coordinates(number, "geometry.coordinates[1]", text(lat), lat.isNumber() ? lat.asDouble() : null,
                "geometry.coordinates[0]", text(lon), lon.isNumber() ? lon.asDouble() : null);
        return bad != null ? bad : Wgs84.FACTORY.createPoint(new Coordinate(CandidateChecks.rounded(lon.asDouble()),
                CandidateChecks.rounded(lat.asDouble())));
    }

    private static String value(JsonNode feature, String column) {
        JsonNode node = column.equals(FEATURE_ID) ? feature.path("id") : feature.path("properties").path(column);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String text = text(node).strip();
        return text.isEmpty() ? null : text;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() ? "" : node.isValueNode() ? node.asString() : node.toString();
    }
}
