package org.deconfliction.atlas.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.Opponent;
import org.locationtech.jts.geom.Point;

/**
 * One row of a CSV file, or one feature of a foreign GeoJSON file or GeoPackage layer, whose columns (properties)
 * are mapped to an incident's fields by a {@link CsvMapping}, to a candidate incident once its point is known. The
 * id is the format's prefix ({@code csv-}, {@code geojson-}, {@code gpkg-}) and the id column's value, or without
 * one a digest of the row's values, so the same row imported again is found again. A category is matched by code or
 * name, else it is "other"; without a country the row is taken to lie in Syria (SY); the location is given the town
 * precision (2 km) that a point written in a spreadsheet or drawn in a GIS usually has. Both sides are
 * {@value AcledActors#NOT_NAMED}; the file is the source.
 */
final class MappedRow {

    private final Map<String, String> columns;
    private final CandidateChecks checks;
    private final String fileName;
    private final String idPrefix;

    /**
     * @param columns  field to column (property) name, as {@link CsvMapping#resolve} answers
     * @param idPrefix the prefix of the atlas ids made from this format's ids
     */
    MappedRow(Map<String, String> columns, CandidateChecks checks, String fileName, String idPrefix) {
        this.columns = columns;
        this.checks = checks;
        this.fileName = fileName;
        this.idPrefix = idPrefix;
    }

    /**
     * Hands the row to the sink as a candidate or a rejection.
     *
     * @param line        the row's line (header = 1), or the feature's number
     * @param where       the row in words for the summary, e.g. {@code line 5} or {@code feature 3}
     * @param valueOf     the row's value in a column, stripped, null when empty or absent
     * @param point       the row's point, already checked
     * @param digestInput the row's values joined, digested for an id when there is no id column
     */
    void read(long line, String where, Function<String, String> valueOf, Point point, String digestInput, RowSink sink) {
        String dateText = cell(valueOf, "date");
        LocalDate day = DateText.day(dateText);
        if (day == null) {
            sink.reject(new Rejection(line, columns.getOrDefault("date", "date"), dateText == null ? "" : dateText,
                    "unknown date: write it as 2018-02-07 or 07 February 2018"));
            return;
        }
        Rejection problem = checks.notInFuture(line, columns.get("date"), dateText, day);
        String country = cell(valueOf, "country") == null ? "SY" : cell(valueOf, "country").toUpperCase(Locale.ROOT);
        if (problem == null && !country.matches("[A-Z]{2}")) {
            problem = new Rejection(line, columns.get("country"), country, "must be a two-letter ISO 3166-1 code such as SY");
        }
        String externalId = cell(valueOf, "id") != null ? cell(valueOf, "id") : digest(digestInput);
        if (problem == null && CandidateChecks.slug(externalId).isEmpty()) {
            problem = new Rejection(line, columns.get("id"), externalId, "an id needs letters or digits");
        }
        if (problem == null) {
            problem = checks.firstUse(line, columns.getOrDefault("id", "(whole row)"), externalId);
        }
        if (problem != null) {
            sink.reject(problem);
            return;
        }
        String place = cell(valueOf, "place");
        String title = cell(valueOf, "title") != null ? cell(valueOf, "title") : place != null ? place : "Imported " + where;
        List<String> notNamed = List.of(AcledActors.NOT_NAMED);
        CasualtyCount unknown = new CasualtyCount(null, null);
        sink.accept(new ImportRow(line, externalId, new Incident(idPrefix + CandidateChecks.slug(externalId), title,
                "Imported from " + fileName + ", " + where + ".", category(cell(valueOf, "category")),
                new Actors(notNamed, notNamed), Opponent.UNKNOWN, new Casualties(unknown, unknown, null, null),
                place == null ? title : place, null, point,
                new LocationUncertainty(LocationPrecision.TOWN, AcledRow.RADIUS_METRES[0]), IncidentDate.day(day), null,
                country, List.of(new SourceReference(fileName, null, null)), List.of())));
    }

    private String cell(Function<String, String> valueOf, String field) {
        String column = columns.get(field);
        return column == null ? null : valueOf.apply(column);
    }

    private static IncidentCategory category(String text) {
        if (text == null) {
            return IncidentCategory.OTHER;
        }
        String t = text.strip();
        return Arrays.stream(IncidentCategory.values())
                .filter(c -> c.code().equalsIgnoreCase(t) || c.label().equalsIgnoreCase(t))
                .findFirst().orElse(IncidentCategory.OTHER);
    }

    private static String digest(String values) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(values.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
