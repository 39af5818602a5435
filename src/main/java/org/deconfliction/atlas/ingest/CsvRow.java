package org.deconfliction.atlas.ingest;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * One row of a CSV file with coordinates to a candidate incident: its point from the latitude and longitude columns
 * (decimal degrees or degrees-minutes-seconds) or a WKT POINT, the rest by {@link MappedRow} with ids {@code csv-}
 * and the id column's value (or a digest of the row's cells).
 */
final class CsvRow {

    static final String ID_PREFIX = "csv-";

    private final Map<String, String> columns;
    private final CandidateChecks checks;
    private final MappedRow fields;
    private final WKTReader wkt = new WKTReader(Wgs84.FACTORY);

    CsvRow(Map<String, String> columns, CandidateChecks checks, String fileName) {
        this.columns = columns;
        this.checks = checks;
        this.fields = new MappedRow(columns, checks, fileName, ID_PREFIX);
    }

    void read(long line, CSVRecord r, RowSink sink) {
        Object located = location(line, r);
        if (located instanceof Rejection rejection) {
            sink.reject(rejection);
            return;
        }
        fields.read(line, "line " + line, column -> value(r, column), (Point) located,
                String.join("\u001f", r.toList()), sink);
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

    private String cell(CSVRecord r, String field) {
        String column = columns.get(field);
        return column == null ? null : value(r, column);
    }

    private static String value(CSVRecord r, String column) {
        if (!r.isSet(column)) {
            return null;
        }
        String value = r.get(column).strip();
        return value.isEmpty() ? null : value;
    }
}
