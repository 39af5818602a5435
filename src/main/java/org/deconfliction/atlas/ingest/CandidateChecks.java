package org.deconfliction.atlas.ingest;

import java.time.LocalDate;
import java.util.Locale;
import org.deconfliction.atlas.geodesy.AtlasExtent;
import org.locationtech.jts.geom.Coordinate;

/**
 * The checks every reader applies to a row before it becomes a candidate: coordinates present, in range, not
 * swapped and inside the atlas extent; a date not after today; an external id given once in the file (the ids met
 * so far are kept on disk, {@link SeenExternalIds}, made at the first id and deleted by {@link #close()}). Each check
 * answers null when the row passes, else the rejection naming line, column, value and reason.
 */
final class CandidateChecks implements AutoCloseable {

    private final LocalDate today;
    private SeenExternalIds seenIds;

    CandidateChecks(LocalDate today) {
        this.today = today;
    }

    /** The problem with a latitude and longitude read from the given columns (texts as found), or null. */
    Rejection coordinates(long line, String latColumn, String latText, Double lat, String lonColumn, String lonText,
                          Double lon) {
        if (lat == null && lon == null) {
            return new Rejection(line, latColumn + "/" + lonColumn, "", "no coordinates");
        }
        if (lat == null) {
            return new Rejection(line, latColumn, latText, "latitude missing or not a number");
        }
        if (lon == null) {
            return new Rejection(line, lonColumn, lonText, "longitude missing or not a number");
        }
        if (Math.abs(lat) > 90) {
            return new Rejection(line, latColumn, latText, "latitude out of range: must be within ±90 degrees");
        }
        if (Math.abs(lon) > 180) {
            return new Rejection(line, lonColumn, lonText, "longitude out of range: must be within ±180 degrees");
        }
        Coordinate c = new Coordinate(lon, lat);
        if (AtlasExtent.looksSwapped(c)) {
            return new Rejection(line, latColumn + "/" + lonColumn, latText + "/" + lonText,
                    "latitude and longitude look swapped: as given the point lies outside the atlas area, swapped it lies inside");
        }
        if (!AtlasExtent.contains(c)) {
            return new Rejection(line, latColumn + "/" + lonColumn, latText + "/" + lonText, String.format(Locale.ROOT,
                    "outside the atlas area (longitude %.1f to %.1f, latitude %.1f to %.1f)",
                    AtlasExtent.MIN_LON, AtlasExtent.MAX_LON, AtlasExtent.MIN_LAT, AtlasExtent.MAX_LAT));
        }
        return null;
    }

    /** The problem with a first day that lies after today, or null. */
    Rejection notInFuture(long line, String column, String text, LocalDate start) {
        return start.isAfter(today)
                ? new Rejection(line, column, text, "date in the future (today is " + today + ")") : null;
    }

    /**
     * The problem with an external id met before in this file, naming the line it was first met on, or null (and it
     * is remembered with its line).
     */
    Rejection firstUse(long line, String column, String externalId) {
        if (seenIds == null) {
            seenIds = SeenExternalIds.create();
        }
        long first = seenIds.firstLineOrRemember(externalId, line);
        return first == 0 ? null
                : new Rejection(line, column, externalId, "duplicate id within the file (first on line " + first + ")");
    }

    /** Deletes the ids kept on disk. */
    @Override
    public void close() {
        if (seenIds != null) {
            seenIds.close();
            seenIds = null;
        }
    }

    /** A coordinate kept to 6 decimals (about 0.1 m), as the store keeps them. */
    static double rounded(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** An id part made of lower-case letters and digits joined by single hyphens, from any text; empty stays empty. */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }
}
