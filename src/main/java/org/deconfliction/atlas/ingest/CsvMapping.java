package org.deconfliction.atlas.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a CSV file (or property of a foreign GeoJSON feature or GeoPackage layer) holds each field of an
 * incident: {@code id}, {@code title}, {@code date},
 * {@code place}, {@code category}, {@code country}, and the location as {@code latitude} + {@code longitude} or as
 * {@code wkt}. Fields not given are detected from the header by their usual names (lat, lon, lng, x, y, geometry,
 * name, location, type...); a mapped column that the header lacks is refused.
 */
record CsvMapping(Map<String, String> given) {

    static final Set<String> FIELDS = Set.of("id", "title", "date", "place", "category", "country", "latitude",
            "longitude", "wkt");
    private static final Map<String, List<String>> USUAL = Map.of(
            "id", List.of("id", "event_id", "event_id_cnty", "uid"),
            "title", List.of("title", "name", "headline"),
            "date", List.of("date", "event_date", "day"),
            "place", List.of("place", "location", "town", "locality"),
            "category", List.of("category", "type", "event_type", "kind"),
            "country", List.of("country", "iso2", "country_code"),
            "latitude", List.of("latitude", "lat", "y"),
            "longitude", List.of("longitude", "lon", "lng", "long", "x"),
            "wkt", List.of("wkt", "geometry", "geom", "the_geom"));

    CsvMapping {
        for (String field : given.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new ImportRefusedException(0, "the mapping names '" + field + "', which is not one of " + FIELDS);
            }
        }
        given = Map.copyOf(given);
    }

    static CsvMapping of(Map<String, String> given) {
        return new CsvMapping(given);
    }

    /** Field to column for the given header: the given columns, the rest detected; refuses a given column not there. */
    Map<String, String> resolve(List<String> header) {
        return resolve(header, 1, "column", "the header does not have; it has");
    }

    /**
     * Field to column (property) for the given names, as {@link #resolve(List)}; a given one that is not among the
     * names is refused at {@code line}, calling it a {@code noun} ({@code column}, {@code property}) and saying
     * {@code lacking} before the names, e.g. {@code feature #1 does not have among its properties}.
     */
    Map<String, String> resolve(List<String> header, long line, String noun, String lacking) {
        Map<String, String> byLowerName = new HashMap<>();
        header.forEach(column -> byLowerName.putIfAbsent(column.strip().toLowerCase(Locale.ROOT), column));
        Map<String, String> columns = new HashMap<>();
        given.forEach((field, column) -> {
            if (!header.contains(column)) {
                throw new ImportRefusedException(line, "the mapping puts " + field + " in " + noun + " '" + column
                        + "', which " + lacking + " " + header);
            }
            columns.put(field, column);
        });
        USUAL.forEach((field, names) -> {
            if (!columns.containsKey(field)) {
                names.stream().map(byLowerName::get).filter(c -> c != null).findFirst().ifPresent(c -> columns.put(field, c));
            }
        });
        return columns;
    }
}
