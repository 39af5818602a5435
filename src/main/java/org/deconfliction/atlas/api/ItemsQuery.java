package org.deconfliction.atlas.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.deconfliction.atlas.web.StrictDecimal;

/**
 * The OGC API – Features query parameters of an items request: {@code bbox} (minLon,minLat,maxLon,maxLat in
 * degrees, WGS84, or six numbers with heights, which are ignored; across the antimeridian when minLon &gt; maxLon),
 * {@code datetime} (an instant or an interval such as {@code 2018-02-01/2018-02-28}, either end open as
 * {@code ..}), {@code limit} (1 or more, default {@value #DEFAULT_LIMIT}; above {@value #MAX_LIMIT} served as
 * {@value #MAX_LIMIT}, as OGC API – Features Part 1 asks) and {@code offset} (0 or more). Dates are calendar
 * days; a date-time counts as its UTC day. {@code bbox-crs} says in which system the box is given and {@code crs}
 * in which the geometries are answered ({@link OutputCrs}; CRS84 when absent).
 *
 * @param bbox       null when not asked for
 * @param from       null when open
 * @param to         null when open
 * @param parameters every parameter of the request as given, for collections that take more than these four
 *                   (the incidents' spatial parameters, read by {@link SpatialParameters})
 */
record ItemsQuery(BoundingBox bbox, LocalDate from, LocalDate to, int limit, int offset, OutputCrs crs,
        Map<String, String> parameters) {

    ItemsQuery {
        parameters = Map.copyOf(parameters);
    }

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    /** Reads the parameters; any unusable one is refused with an {@link InvalidParameterException} naming it. */
    static ItemsQuery parse(Map<String, String> parameters) {
        BoundingBox bbox = bbox(parameters.get("bbox"), OutputCrs.parse("bbox-crs", parameters.get("bbox-crs")));
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
        int limit = Math.min(MAX_LIMIT, whole(parameters, "limit", DEFAULT_LIMIT, 1, Integer.MAX_VALUE));
        int offset = whole(parameters, "offset", 0, 0, Integer.MAX_VALUE);
        return new ItemsQuery(bbox, from, to, limit, offset, OutputCrs.parse("crs", parameters.get("crs")), parameters);
    }

    private static BoundingBox bbox(String text, OutputCrs crs) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw new InvalidParameterException("bbox", "must be four numbers minLon,minLat,maxLon,maxLat (or six with"
                    + " minimum and maximum heights), was '" + text + "'");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = SpatialParameters.decimal("bbox", parts[i], "numbers in degrees");
        }
        int half = parts.length / 2;
        double[] lower = crs.toLonLat(v[0], v[1]);
        double[] upper = crs.toLonLat(v[half], v[half + 1]);
        // A box in Web Mercator metres is widened by 1e-9 degrees (about 0.1 mm), so that a box through points
        // written in metres still holds them once turned back into degrees.
        double slack = crs == OutputCrs.EPSG_3857 ? 1e-9 : 0;
        double west = Math.max(-180, lower[0] - slack);
        double south = Math.max(-90, lower[1] - slack);
        double east = Math.min(180, upper[0] + slack);
        double north = Math.min(90, upper[1] + slack);
        if (Math.abs(west) > 180 || Math.abs(east) > 180 || Math.abs(south) > 90 || Math.abs(north) > 90) {
            throw new InvalidParameterException("bbox", "longitudes must be within ±180 and latitudes within ±90 degrees");
        }
        if (south > north) {
            throw new InvalidParameterException("bbox", "the southern edge " + south + " lies north of the northern edge " + north);
        }
        return BoundingBox.of(west, south, east, north);
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
