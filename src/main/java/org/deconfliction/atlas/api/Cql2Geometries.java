package org.deconfliction.atlas.api;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.deconfliction.atlas.api.Cql2Lexer.Kind;
import org.deconfliction.atlas.api.Cql2Lexer.Token;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Geometry literals of CQL2 text: WKT (POINT, LINESTRING, POLYGON and their MULTI forms) and
 * {@code BBOX(west, south, east, north)}, in the {@code filter-crs}, returned in longitude/latitude degrees.
 */
final class Cql2Geometries {

    private static final Set<String> WKT = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON");

    private Cql2Geometries() {
    }

    static Geometry read(Supplier<Token> peek, Supplier<Token> take, String text, OutputCrs crs) {
        Token start = take.get();
        String word = start.text().toUpperCase(Locale.ROOT);
        if (start.kind() != Kind.WORD || !(WKT.contains(word) || word.equals("BBOX"))) {
            throw Cql2Text.error(start.position(), "a geometry (POINT, LINESTRING, POLYGON, MULTI..., BBOX) expected, found '" + start.text() + "'");
        }
        int depth = 0;
        Token token;
        do {
            token = take.get();
            if (token.kind() == Kind.END) {
                throw Cql2Text.error(token.position(), "the geometry starting at character " + start.position() + " is never closed");
            }
            if (token.text().equals("(") && token.kind() == Kind.SYMBOL) {
                depth++;
            } else if (token.text().equals(")") && token.kind() == Kind.SYMBOL) {
                depth--;
            }
            if (depth > 4) {
                throw Cql2Text.error(token.position(), "geometries nest at most 4 brackets deep");
            }
        } while (depth > 0);
        String literal = text.substring(start.position() - 1, token.position());
        Geometry geometry = word.equals("BBOX") ? box(literal, start, crs) : wkt(literal, start);
        if (!word.equals("BBOX")) {
            geometry.apply((Coordinate c) -> {
                double[] lonLat = crs.toLonLat(c.x, c.y);
                c.x = lonLat[0];
                c.y = lonLat[1];
            });
            geometry.geometryChanged();
        }
        return geometry;
    }

    private static Geometry wkt(String literal, Token start) {
        try {
            Geometry geometry = new WKTReader(Wgs84.FACTORY).read(literal);
            if (!Double.isNaN(geometry.getCoordinate().getZ())) {
                throw Cql2Text.error(start.position(), "coordinates with heights are not read; give longitude latitude pairs");
            }
            return geometry;
        } catch (ParseException | IllegalArgumentException e) {
            throw Cql2Text.error(start.position(), "the geometry is not well-formed WKT (" + e.getMessage() + ")");
        }
    }

    private static Geometry box(String literal, Token start, OutputCrs crs) {
        String inner = literal.substring(literal.indexOf('(') + 1, literal.lastIndexOf(')'));
        String[] parts = inner.split(",");
        if (parts.length != 4) {
            throw Cql2Text.error(start.position(), "BBOX takes four numbers: west, south, east, north");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            int index = i;
            v[i] = org.deconfliction.atlas.web.StrictDecimal.decimal(parts[i].strip())
                    .orElseThrow(() -> Cql2Text.error(start.position(), "'" + parts[index].strip() + "' in BBOX is not a number"));
        }
        double[] lower = crs.toLonLat(v[0], v[1]);
        double[] upper = crs.toLonLat(v[2], v[3]);
        return Wgs84.FACTORY.toGeometry(new Envelope(lower[0], upper[0], lower[1], upper[1]));
    }
}
