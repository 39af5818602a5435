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
import org.apache.commons.csv.CSVRecord;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.Opponent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * One row of a CSV file with coordinates to a candidate incident. The id is {@code csv-} and the id column's
 * value, or without one a digest of the row's cells, so the same row imported again is found again. A category is
 * matched by code or name, else it is "other"; without a country column the row is taken to lie in Syria (SY);
 * the location is given the town precision (2 km) that a point written in a spreadsheet usually has. Both sides are
 * {@value AcledActors#NOT_NAMED}; the file is the source.
 */
final class CsvRow {

    static final String ID_PREFIX = "csv-";

    private final Map<String, String> columns;
    private final CandidateChecks checks;
    private final String fileName;
    private final WKTReader wkt = new WKTReader(Wgs84.FACTORY);

    CsvRow(Map<String, String> columns, CandidateChecks checks, String fileName) {
        this.columns = columns;
        this.checks = checks;
        this.fileName = fileName;
    }

    void read(long line, CSVRecord r, RowSink sink) {
        Object located = location(line, r);
        if (located instanceof Rejection rejection) {
            sink.reject(rejection);
            return;
        }
        String dateText = cell(r, "date");
        LocalDate day = DateText.day(dateText);
        if (day == null) {
            sink.reject(new Rejection(line, columns.get("date"), dateText == null ? "" : dateText,
                    "unknown date: write it as 2018-02-07 or 07 February 2018"));
            return;
        }
        Rejection problem = checks.notInFuture(line, columns.get("date"), dateText, day);
        String country = cell(r, "country") == null ? "SY" : cell(r, "country").toUpperCase(Locale.ROOT);
        if (problem == null && !country.matches("[A-Z]{2}")) {
            problem = new Rejection(line, columns.get("country"), country, "must be a two-letter ISO 3166-1 code such as SY");
        }
        String externalId = cell(r, "id") != null ? cell(r, "id") : digest(r);
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
        String place = cell(r, "place");
        String title = cell(r, "title") != null ? cell(r, "title") : place != null ? place : "Imported row " + line;
        List<String> notNamed = List.of(AcledActors.NOT_NAMED);
        CasualtyCount unknown = new CasualtyCount(null, null);
        sink.accept(new ImportRow(line, externalId, new Incident(ID_PREFIX + CandidateChecks.slug(externalId), title,
                "Imported from " + fileName + ", line " + line + ".", category(cell(r, "category")), new Actors(notNamed, notNamed), Opponent.UNKNOWN,
                new Casualties(unknown, unknown, null, null), place == null ? title : place, null, (Point) located,
                new LocationUncertainty(LocationPrecision.TOWN, AcledRow.RADIUS_METRES[0]), IncidentDate.day(day), null,
                country, List.of(new SourceReference(fileName, null, null)), List.of())));
    }

    /** The row's point, or the rejection saying why it has none. */
    private Object location(long line, CSVRecord r) {
        if (columns.containsKey("wkt") && !(columns.containsKey("latitude") && cell(r, "latitude") != null)) {
            String text = cell(r, "wkt");
            if (text == null) {
                return new Rejection(line, columns.get("wkt"), "", "no coordinates");
            }
            try {
                Geometry g = wkt.read(text);
                if (!(g instanceof Point p) || p.isEmpty()) {
                    return new Rejection(line, columns.get("wkt"), text, "must be a WKT POINT (longitude latitude)");
                }
                String lon = Double.toString(p.getX());
                String lat = Double.toString(p.getY());
                Rejection bad = checks.coordinates(line, columns.get("wkt") + " y", lat, p.getY(), columns.get("wkt") + " x", lon, p.getX());
                return bad != null ? bad : point(p.getX(), p.getY());
            } catch (ParseException e) {
                return new Rejection(line, columns.get("wkt"), text, "not WKT: " + e.getMessage());
            }
        }
        String latText = cell(r, "latitude");
        String lonText = cell(r, "longitude");
        Double lat = latText == null ? null : CoordinateText.decimalOrNull(latText);
        Double lon = lonText == null ? null : CoordinateText.decimalOrNull(lonText);
        Rejection bad = checks.coordinates(line, columns.get("latitude"), latText == null ? "" : latText, lat,
                columns.get("longitude"), lonText == null ? "" : lonText, lon);
        return bad != null ? bad : point(lon, lat);
    }

    private static Point point(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(CandidateChecks.rounded(lon), CandidateChecks.rounded(lat)));
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

    private String cell(CSVRecord r, String field) {
        String column = columns.get(field);
        if (column == null || !r.isSet(column)) {
            return null;
        }
        String value = r.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private static String digest(CSVRecord r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(String.join("\u001f", r.toList()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
