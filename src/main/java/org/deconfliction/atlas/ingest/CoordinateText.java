package org.deconfliction.atlas.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coordinates as people write them: decimal degrees ({@code 35.1234}, {@code -0.5}) or degrees, minutes and
 * seconds with a hemisphere letter ({@code 35°18'30"N}, {@code 40 12 30 E}, {@code 35°18.5'N}). South and west
 * are negative.
 */
final class CoordinateText {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d+)?");
    private static final Pattern DMS = Pattern.compile(
            "([+-]?\\d{1,3}(?:\\.\\d+)?)\\s*[°d:\\s]\\s*(?:(\\d{1,2}(?:\\.\\d+)?)\\s*['′m:\\s]?\\s*)?(?:(\\d{1,2}(?:\\.\\d+)?)\\s*(?:\"|″|''|s)?\\s*)?([NSEW])?");

    private CoordinateText() {
    }

    /** The value in decimal degrees; null when the text is neither form. */
    static Double decimalOrNull(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        Matcher m = DMS.matcher(t);
        if (!m.matches() || (m.group(2) == null && m.group(4) == null)) {
            return null;
        }
        double degrees = Math.abs(Double.parseDouble(m.group(1)));
        double minutes = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
        double seconds = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        if (minutes >= 60 || seconds >= 60) {
            return null;
        }
        double value = degrees + minutes / 60 + seconds / 3600;
        boolean negative = m.group(1).startsWith("-") || "S".equals(m.group(4)) || "W".equals(m.group(4));
        return negative ? -value : value;
    }

    /** The value of a text already known to be a coordinate. */
    static double decimal(String text) {
        return decimalOrNull(text);
    }
}
