package org.deconfliction.atlas.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers a {@link Cql2} filter for one feature. Comparisons with a null property are false (CQL2's unknown).
 * Spatial functions use the map's engine and its uncertainty rule for located points (incidents and sites with
 * {@code uncertaintyMetres}): a polygon's edges run straight on the Web Mercator map as when drawn, a
 * {@code BBOX} is a map rectangle, {@code S_DWITHIN} a geodesic circle around a point or buffer around a line;
 * {@code S_INTERSECTS} holds when the location's uncertainty circle meets the region (the map's "inside" or
 * "uncertain"), {@code S_WITHIN} only when the whole circle lies inside, {@code S_DISJOINT} when it lies wholly
 * outside. Other geometries (river, lines, zones) are tested with JTS against the region's outline.
 */
final class Cql2Evaluation {

    private final Cql2 filter;

    Cql2Evaluation(Cql2 filter) {
        this.filter = filter;
    }

    boolean test(ObjectNode feature, java.util.function.Supplier<Geometry> geometry) {
        return test(filter, feature.get("properties"), geometry);
    }

    /** The map's region for a spatial function's literal (and distance in metres, for S_DWITHIN). */
    static DrawnRegion region(String operator, Geometry g, double metres) {
        try {
            if (operator.equals("S_DWITHIN")) {
                if (g instanceof Point point) {
                    return DrawnRegion.circle(point.getX(), point.getY(), metres);
                }
                if (g instanceof LineString line) {
                    return DrawnRegion.lineBuffer(new WKTWriter().write(line), metres / 1000);
                }
                throw new InvalidParameterException("filter", "S_DWITHIN takes a POINT or a LINESTRING, was a " + g.getGeometryType());
            }
            if (g instanceof Polygon polygon) {
                if (polygon.isRectangle()) {
                    var box = polygon.getEnvelopeInternal();
                    return DrawnRegion.rectangle(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
                }
                return DrawnRegion.polygon(new WKTWriter().write(polygon));
            }
            if (g instanceof Point point) {
                return DrawnRegion.circle(point.getX(), point.getY(), 0.001);
            }
            throw new InvalidParameterException("filter", operator + " takes a POLYGON, BBOX or POINT here, was a " + g.getGeometryType()
                    + "; for lines use S_DWITHIN with a distance");
        } catch (org.deconfliction.atlas.analysis.InvalidRegionException e) {
            throw new InvalidParameterException("filter", "holds a geometry that cannot be used: " + e.getMessage());
        }
    }

    private static boolean test(Cql2 filter, JsonNode properties, java.util.function.Supplier<Geometry> geometry) {
        return switch (filter) {
            case Cql2.And and -> and.all().stream().allMatch(f -> test(f, properties, geometry));
            case Cql2.Or or -> or.any().stream().anyMatch(f -> test(f, properties, geometry));
            case Cql2.Not not -> !test(not.negated(), properties, geometry);
            case Cql2.BooleanValue value -> value.value();
            case Cql2.IsNull isNull -> value(isNull.value(), properties) == null;
            case Cql2.Comparison c -> compare(value(c.left(), properties), value(c.right(), properties), c.operator());
            case Cql2.Like like -> value(like.value(), properties) instanceof String s && likePattern(like.pattern()).matcher(s).matches();
            case Cql2.In in -> {
                Object v = value(in.value(), properties);
                yield v != null && in.list().stream().anyMatch(item -> compare(v, value(item, properties), "="));
            }
            case Cql2.Between b -> compare(value(b.value(), properties), value(b.low(), properties), ">=")
                    && compare(value(b.value(), properties), value(b.high(), properties), "<=");
            case Cql2.Temporal t -> temporal(t, properties);
            case Cql2.Spatial s -> spatial(s, properties, geometry);
        };
    }

    private static boolean spatial(Cql2.Spatial test, JsonNode properties, java.util.function.Supplier<Geometry> lazy) {
        Geometry geometry = lazy.get();
        if (geometry == null) {
            return false;
        }
        if (geometry instanceof Point point) {
            JsonNode radius = properties.get("uncertaintyMetres");
            double metres = radius == null || !radius.isNumber() ? 0 : radius.asDouble();
            return holds(test.operator(), test.region().answer(point, metres));
        }
        Geometry outline = test.region().outline();
        return switch (test.operator()) {
            case "S_WITHIN" -> outline.covers(geometry);
            case "S_DISJOINT" -> !outline.intersects(geometry);
            default -> outline.intersects(geometry);
        };
    }

    /** Whether a located point's answer to the region satisfies the spatial operator. */
    static boolean holds(String operator, SpatialAnswer answer) {
        return switch (operator) {
            case "S_WITHIN" -> answer == SpatialAnswer.INSIDE;
            case "S_DISJOINT" -> answer == SpatialAnswer.OUTSIDE;
            default -> answer != SpatialAnswer.OUTSIDE;
        };
    }

    private static boolean temporal(Cql2.Temporal t, JsonNode properties) {
        return temporal(t, day(properties.get(t.startProperty())), day(properties.get(t.endProperty())));
    }

    /** Whether the days from {@code start} to {@code end} satisfy the temporal test; false when either is null. */
    static boolean temporal(Cql2.Temporal t, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return false;
        }
        LocalDate from = t.from();
        LocalDate to = t.to();
        boolean overlaps = (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
        return switch (t.operator()) {
            case "T_INTERSECTS" -> overlaps;
            case "T_DISJOINT" -> !overlaps;
            case "T_BEFORE" -> from != null && end.isBefore(from);
            case "T_AFTER" -> to != null && start.isAfter(to);
            case "T_DURING" -> (from == null || start.isAfter(from)) && (to == null || end.isBefore(to));
            case "T_EQUALS" -> Objects.equals(start, from) && Objects.equals(end, to);
            default -> throw new IllegalStateException("unhandled temporal operator " + t.operator());
        };
    }

    private static LocalDate day(JsonNode value) {
        return value == null || !value.isString() ? null : LocalDate.parse(value.asString());
    }

    private static Object value(Cql2.Operand operand, JsonNode properties) {
        return switch (operand) {
            case Cql2.Literal literal -> literal.value() instanceof LocalDate d ? d.toString() : literal.value();
            case Cql2.Property property -> {
                JsonNode v = properties.get(property.name());
                yield v == null || v.isNull() ? null : v.isNumber() ? (Object) v.asDouble() : v.isBoolean() ? (Object) v.asBoolean()
                        : v.isString() ? v.asString() : v.toString();
            }
        };
    }

    /**
     * A comparison as filters make it: false when either side is null, numbers and booleans by value, anything
     * else by the code points of its text.
     */
    static boolean compare(Object left, Object right, String operator) {
        if (left == null || right == null) {
            return false;
        }
        int order;
        if (left instanceof Double a && right instanceof Double b) {
            order = Double.compare(a, b);
        } else if (left instanceof Boolean a && right instanceof Boolean b) {
            order = Boolean.compare(a, b);
        } else {
            order = left.toString().compareTo(right.toString());
        }
        return ordered(order, operator);
    }

    /** Whether two values whose comparison gave {@code order} (negative, zero, positive) stand in this relation. */
    static boolean ordered(int order, String operator) {
        return switch (operator) {
            case "=" -> order == 0;
            case "<>" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            default -> throw new IllegalStateException("unhandled comparison " + operator);
        };
    }

    /** A LIKE pattern as a regular expression of literal characters, {@code %} and {@code _} only. */
    static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
