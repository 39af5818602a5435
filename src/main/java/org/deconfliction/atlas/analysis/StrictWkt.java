package org.deconfliction.atlas.analysis;

import java.util.Locale;
import java.util.regex.Pattern;
import org.deconfliction.atlas.web.StrictDecimal;

/**
 * A check of WKT text before it is parsed, refusing what JTS's reader would accept loosely or at great cost:
 * anything after the geometry (trailing words, an extra parenthesis), nesting deeper than {@value #MAX_DEPTH}
 * parentheses (a deeply nested GEOMETRYCOLLECTION exhausts the parser's stack), coordinates with Z or M values
 * (which the map cannot show and would be dropped silently), and numbers that are not plain decimals (no hexadecimal,
 * no {@code 1d}/{@code 2f} suffixes, no NaN or Infinity, ASCII digits only: {@link StrictDecimal}). Linear in the length of the text.
 */
public final class StrictWkt {

    /** The deepest parenthesis nesting accepted: a polygon needs 2, a multipolygon 3. */
    static final int MAX_DEPTH = 4;

    private static final Pattern TYPE = Pattern.compile("[A-Za-z]+");
    private static final Pattern TYPES = Pattern.compile(
            "(?i)EMPTY|POINT|LINESTRING|LINEARRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION");

    private StrictWkt() {
    }

    /**
     * Refuses the text unless it is one geometry type word, then EMPTY or a parenthesised list of coordinates
     * (two decimal numbers each) and nested lists, and nothing after it.
     *
     * @throws InvalidRegionException naming the first problem and its character position (from 1)
     */
    public static void check(String wkt) {
        int i = skipSpace(wkt, 0);
        int typeEnd = i;
        while (typeEnd < wkt.length() && Character.isLetter(wkt.charAt(typeEnd))) {
            typeEnd++;
        }
        String type = wkt.substring(i, typeEnd);
        if (!TYPE.matcher(type).matches()) {
            throw problem("the WKT must start with a geometry type such as POLYGON", i);
        }
        i = skipSpace(wkt, typeEnd);
        String word = word(wkt, i);
        if (word.equalsIgnoreCase("Z") || word.equalsIgnoreCase("M") || word.equalsIgnoreCase("ZM")) {
            throw problem(type.toUpperCase(Locale.ROOT) + " " + word.toUpperCase(Locale.ROOT)
                    + " has Z or M values, which are not accepted: give longitude latitude pairs only", i);
        }
        if (word.equalsIgnoreCase("EMPTY")) {
            i = skipSpace(wkt, i + word.length());
        } else {
            i = list(wkt, i, 1);
        }
        if (i < wkt.length()) {
            throw problem("unexpected text after the end of the geometry: '" + excerpt(wkt, i) + "'", i);
        }
    }

    /** Reads a parenthesised list starting at {@code i}; answers the position after it and the space following. */
    private static int list(String wkt, int i, int depth) {
        if (depth > MAX_DEPTH) {
            throw problem("the WKT nests parentheses deeper than " + MAX_DEPTH + " levels", i);
        }
        if (i >= wkt.length() || wkt.charAt(i) != '(') {
            throw problem("expected '(' or EMPTY", i);
        }
        i = skipSpace(wkt, i + 1);
        while (true) {
            if (i < wkt.length() && wkt.charAt(i) == '(') {
                i = list(wkt, i, depth + 1);
            } else if (TYPES.matcher(word(wkt, i)).matches()) {
                i = member(wkt, i, depth);
            } else {
                i = coordinate(wkt, i);
            }
            if (i < wkt.length() && wkt.charAt(i) == ',') {
                i = skipSpace(wkt, i + 1);
            } else if (i < wkt.length() && wkt.charAt(i) == ')') {
                return skipSpace(wkt, i + 1);
            } else {
                throw problem(i < wkt.length() ? "expected ',' or ')'" : "the WKT ends before its last ')'", i);
            }
        }
    }

    /** A typed member of a collection, such as {@code POLYGON ((...))} inside GEOMETRYCOLLECTION, or EMPTY. */
    private static int member(String wkt, int i, int depth) {
        String word = word(wkt, i);
        i = skipSpace(wkt, i + word.length());
        if (word.equalsIgnoreCase("EMPTY")) {
            return i;
        }
        String next = word(wkt, i);
        if (next.equalsIgnoreCase("EMPTY")) {
            return skipSpace(wkt, i + next.length());
        }
        if (!next.isEmpty()) {
            throw problem(word.toUpperCase(Locale.ROOT) + " " + next.toUpperCase(Locale.ROOT)
                    + ": Z or M values are not accepted, give longitude latitude pairs only", i);
        }
        return list(wkt, i, depth + 1);
    }

    /** One coordinate: exactly two decimal numbers separated by space. */
    private static int coordinate(String wkt, int i) {
        int numbers = 0;
        int start = i;
        while (i < wkt.length() && wkt.charAt(i) != ',' && wkt.charAt(i) != ')') {
            int end = i;
            while (end < wkt.length() && !Character.isWhitespace(wkt.charAt(end)) && wkt.charAt(end) != ','
                    && wkt.charAt(end) != ')' && wkt.charAt(end) != '(') {
                end++;
            }
            String number = wkt.substring(i, end);
            if (!StrictDecimal.isDecimal(number)) {
                throw problem("'" + excerpt(number, 0) + "' is not a decimal number", i);
            }
            numbers++;
            i = skipSpace(wkt, end);
        }
        if (numbers != 2) {
            throw problem(numbers < 2 ? "a coordinate needs a longitude and a latitude"
                    : "a coordinate has " + numbers + " numbers: Z or M values are not accepted, give longitude latitude pairs only", start);
        }
        return i;
    }

    private static String word(String wkt, int i) {
        int end = i;
        while (end < wkt.length() && Character.isLetter(wkt.charAt(end))) {
            end++;
        }
        return wkt.substring(i, end);
    }

    private static int skipSpace(String wkt, int i) {
        while (i < wkt.length() && Character.isWhitespace(wkt.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String excerpt(String text, int from) {
        String rest = text.substring(from);
        return rest.length() > 20 ? rest.substring(0, 20) + "…" : rest;
    }

    private static InvalidRegionException problem(String what, int position) {
        return new InvalidRegionException("the WKT cannot be read: " + what + " (at character " + (position + 1) + ")");
    }
}
