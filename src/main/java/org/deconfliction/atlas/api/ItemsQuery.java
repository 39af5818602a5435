package org.deconfliction.atlas.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.deconfliction.atlas.web.StrictDecimal;
import org.locationtech.jts.geom.Envelope;

/**
 * The OGC API – Features query parameters of an items request: {@code bbox} (minLon,minLat,maxLon,maxLat in
 * degrees, WGS84), {@code datetime} (an instant or an interval such as {@code 2018-02-01/2018-02-28}, either end
 * open as {@code ..}), {@code limit} (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and
 * {@code offset} (0 or more). Dates are calendar days; a date-time counts as its UTC day.
 *
 * @param bbox       null when not asked for
 * @param from       null when open
 * @param to         null when open
 * @param parameters every parameter of the request as given, for collections that take more than these four
 *                   (the incidents' spatial parameters, read by {@link SpatialParameters})
 */
record ItemsQuery(Envelope bbox, LocalDate from, LocalDate to, int limit, int offset, Map<String, String> parameters) {

    ItemsQuery {
        parameters = Map.copyOf(parameters);
    }

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    /** Reads the parameters; any unusable one is refused with an {@link InvalidParameterException} naming it. */
    static ItemsQuery parse(Map<String, String> parameters) {
        Envelope bbox = bbox(parameters.get("bbox"));
        LocalDate from = null;
        LocalDate to = null;
        String datetime = parameters.get("datetime");
        if (datetime != null) {
            String[] ends = datetime.split("/", -1);
            if (ends.length > 2) {
                throw new InvalidParameterException("datetime", "must be one instant or an interval start/end, was '" + datetime + "'");
            }
            from = day(ends[0], true);
            to = ends.length == 2 ? day(ends[1], true) : from;
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidParameterException("datetime", "the interval ends before it starts: '" + datetime + "'");
            }
            if (ends.length == 1 && from == null) {
                throw new InvalidParameterException("datetime", "an instant cannot be open ('..')");
            }
        }
        int limit = whole(parameters, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = whole(parameters, "offset", 0, 0, Integer.MAX_VALUE);
        return new ItemsQuery(bbox, from, to, limit, offset, parameters);
    }

    private static Envelope bbox(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidParameterException("bbox", "must be four numbers minLon,minLat,maxLon,maxLat, was '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            int index = i;
            v[i] = StrictDecimal.decimal(parts[i].strip()).orElseThrow(() -> new InvalidParameterException("bbox",
                    "'" + parts[index] + "' is not a plain decimal number"));
        }
        if (Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180 || Math.abs(v[1]) > 90 || Math.abs(v[3]) > 90) {
            throw new InvalidParameterException("bbox", "longitudes must be within ±180 and latitudes within ±90 degrees");
        }
        if (v[1] > v[3]) {
            throw new InvalidParameterException("bbox", "the southern edge " + v[1] + " lies north of the northern edge " + v[3]);
        }
        if (v[0] > v[2]) {
            throw new InvalidParameterException("bbox", "boxes across the antimeridian are not supported (minLon " + v[0] + " > maxLon " + v[2] + ")");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }

    private static LocalDate day(String text, boolean openAllowed) {
        String trimmed = text.trim();
        if (openAllowed && (trimmed.isEmpty() || trimmed.equals(".."))) {
            return null;
        }
        try {
            return trimmed.length() == 10 ? LocalDate.parse(trimmed) : OffsetDateTime.parse(trimmed).toInstant()
                    .atZone(java.time.ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("datetime", "'" + trimmed + "' is not a date (YYYY-MM-DD) or an RFC 3339 date-time");
        }
    }

    private static int whole(Map<String, String> parameters, String name, int absent, int min, int max) {
        String text = parameters.get(name);
        if (text == null) {
            return absent;
        }
        long value = StrictDecimal.whole(text.strip())
                .orElseThrow(() -> new InvalidParameterException(name, "must be a whole number, was '" + text + "'"));
        if (value < min || value > max) {
            throw new InvalidParameterException(name, "must be between " + min + " and " + max + ", was " + value);
        }
        return (int) value;
    }
}
