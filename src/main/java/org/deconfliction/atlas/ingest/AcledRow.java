package org.deconfliction.atlas.ingest;

import java.time.LocalDate;
import java.util.Arrays;
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
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.Range;
import org.locationtech.jts.geom.Coordinate;

/**
 * One ACLED row to a candidate incident. {@code time_precision} 1 is the day; 2 (ACLED codes the middle day of a
 * span of about a week) the seven days centred on it; 3 the whole month. {@code geo_precision} 1 is the town
 * named (2 km), 2 somewhere near it or in its district (15 km), 3 only the province (50 km): see the README.
 * {@code fatalities} are ACLED's total over all sides, kept in the casualties note (and as the civilians' toll
 * when the event targets civilians), never split by invention.
 */
final class AcledRow {

    /** Uncertainty radii in metres for geo_precision 1, 2 and 3. */
    static final double[] RADIUS_METRES = {2_000, 15_000, 50_000};
    private static final LocationPrecision[] PRECISION = {LocationPrecision.TOWN, LocationPrecision.DISTRICT, LocationPrecision.REGION};
    private static final Map<String, String> COUNTRIES = Map.of("syria", "SY", "iraq", "IQ", "jordan", "JO",
            "turkey", "TR", "lebanon", "LB", "israel", "IL");
    static final String ID_PREFIX = "acled-";

    private final AcledCategoryTable categories;
    private final CandidateChecks checks;

    AcledRow(AcledCategoryTable categories, CandidateChecks checks) {
        this.categories = categories;
        this.checks = checks;
    }

    void read(long line, CSVRecord r, RowSink sink) {
        Rejection problem = problem(line, r);
        if (problem != null) {
            sink.reject(problem);
            return;
        }
        String externalId = r.get("event_id_cnty").strip();
        double lat = CoordinateText.decimal(r.get("latitude"));
        double lon = CoordinateText.decimal(r.get("longitude"));
        IncidentDate date = date(line, r);
        int geo = precision(text(r, "geo_precision"), 1);
        Actors actors = AcledActors.sides(text(r, "actor1"), text(r, "assoc_actor_1"), text(r, "actor2"), text(r, "assoc_actor_2"));
        String location = text(r, "location");
        String subType = text(r, "sub_event_type");
        String what = subType != null ? subType : r.get("event_type").strip();
        Incident incident = new Incident(ID_PREFIX + CandidateChecks.slug(externalId),
                location == null ? what : what + " in " + location,
                text(r, "notes") == null ? "No notes in the ACLED record." : text(r, "notes"),
                categories.category(r.get("event_type"), subType),
                actors, AcledActors.opponent(actors), casualties(r),
                place(location, text(r, "admin1"), text(r, "country")),
                null,
                Wgs84.FACTORY.createPoint(new Coordinate(CandidateChecks.rounded(lon), CandidateChecks.rounded(lat))),
                new LocationUncertainty(PRECISION[geo - 1], RADIUS_METRES[geo - 1]),
                date, null, COUNTRIES.get(text(r, "country") == null ? "syria" : text(r, "country").toLowerCase(Locale.ROOT)),
                sources(r), List.of());
        sink.accept(new ImportRow(line, externalId, incident));
    }

    private Rejection problem(long line, CSVRecord r) {
        String externalId = text(r, "event_id_cnty");
        if (externalId == null || CandidateChecks.slug(externalId).isEmpty()) {
            return new Rejection(line, "event_id_cnty", externalId == null ? "" : externalId, "no event id");
        }
        String latText = text(r, "latitude");
        String lonText = text(r, "longitude");
        Rejection place = checks.coordinates(line, "latitude", latText, decimalOrNull(latText), "longitude", lonText,
                decimalOrNull(lonText));
        if (place != null) {
            return place;
        }
        String dateText = text(r, "event_date");
        LocalDate day = DateText.day(dateText);
        if (day == null) {
            return new Rejection(line, "event_date", dateText == null ? "" : dateText,
                    "unknown date: write it as 2018-02-07 or 07 February 2018");
        }
        Rejection future = checks.notInFuture(line, "event_date", dateText, day);
        if (future != null) {
            return future;
        }
        String timePrecision = text(r, "time_precision");
        if (precision(timePrecision, 1) == 0) {
            return new Rejection(line, "time_precision", timePrecision, "must be 1, 2 or 3");
        }
        String geoPrecision = text(r, "geo_precision");
        if (precision(geoPrecision, 1) == 0) {
            return new Rejection(line, "geo_precision", geoPrecision, "must be 1, 2 or 3");
        }
        String fatalities = text(r, "fatalities");
        if (fatalities != null && !fatalities.matches("\\d{1,6}")) {
            return new Rejection(line, "fatalities", fatalities, "must be a whole number of zero or more");
        }
        String country = text(r, "country");
        if (country != null && !COUNTRIES.containsKey(country.toLowerCase(Locale.ROOT))) {
            return new Rejection(line, "country", country, "not a country of the atlas area " + COUNTRIES.keySet());
        }
        return checks.firstUse(line, "event_id_cnty", externalId.strip());
    }

    private static IncidentDate date(long line, CSVRecord r) {
        LocalDate day = DateText.day(text(r, "event_date"));
        return switch (precision(text(r, "time_precision"), 1)) {
            case 2 -> new IncidentDate(DatePrecision.RANGE, day.minusDays(3), day.plusDays(3),
                    "ACLED time precision 2: within about a week of " + day);
            case 3 -> new IncidentDate(DatePrecision.MONTH, day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()),
                    "ACLED time precision 3: only the month is known");
            default -> IncidentDate.day(day);
        };
    }

    private static String place(String location, String admin1, String country) {
        if (location != null) {
            return admin1 == null ? location : location + ", " + admin1;
        }
        return admin1 != null ? admin1 : country != null ? country : "Syria";
    }

    private static Casualties casualties(CSVRecord r) {
        String fatalities = text(r, "fatalities");
        CasualtyCount unknown = new CasualtyCount(null, null);
        if (fatalities == null) {
            return new Casualties(unknown, unknown, null, null);
        }
        int n = Integer.parseInt(fatalities);
        boolean civilians = text(r, "civilian_targeting") != null;
        return new Casualties(unknown, unknown, civilians ? new CasualtyCount(new Range(n, n), null) : null,
                AcledFatalities.note(n));
    }

    private static List<SourceReference> sources(CSVRecord r) {
        String scale = text(r, "source_scale");
        String publisher = scale == null ? "cited by ACLED" : "cited by ACLED, " + scale;
        String source = text(r, "source");
        if (source == null) {
            return List.of(new SourceReference("ACLED event " + r.get("event_id_cnty").strip(), "ACLED", null));
        }
        return Arrays.stream(source.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> new SourceReference(s, publisher, null)).toList();
    }

    /** 1, 2 or 3 from the text; {@code absent} when the text is null; 0 when it is anything else. */
    private static int precision(String text, int absent) {
        if (text == null) {
            return absent;
        }
        return switch (text) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> 0;
        };
    }

    private static Double decimalOrNull(String text) {
        return text == null ? null : CoordinateText.decimalOrNull(text);
    }

    /** The value of a column, stripped; null when the column is absent from this export or the cell is blank. */
    static String text(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String value = r.get(column).strip();
        return value.isEmpty() ? null : value;
    }
}
