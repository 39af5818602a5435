package org.deconfliction.atlas.api;

import java.time.LocalDate;
import java.util.List;
import org.deconfliction.atlas.analysis.DrawnRegion;

/**
 * A CQL2 filter as the atlas's own closed model: a tree of the predicates below over property names and
 * literals, built by {@link Cql2Text} or {@link Cql2Json} and answered by {@link Cql2Evaluation}. Nothing of a
 * filter is ever run as code or as an expression language: an unknown function or operator cannot be built.
 */
sealed interface Cql2 {

    /** A value a predicate compares: a property by name or a literal. */
    sealed interface Operand {
    }

    /** A property of the features (one of the collection's queryables). */
    record Property(String name) implements Operand {
    }

    /** A string, number, boolean or day (DATE and TIMESTAMP literals count as their UTC day). */
    record Literal(Object value) implements Operand {
    }

    record And(List<Cql2> all) implements Cql2 {
    }

    record Or(List<Cql2> any) implements Cql2 {
    }

    record Not(Cql2 negated) implements Cql2 {
    }

    record BooleanValue(boolean value) implements Cql2 {
    }

    /** {@code =, <>, <, <=, >, >=}. */
    record Comparison(String operator, Operand left, Operand right) implements Cql2 {
    }

    /** {@code LIKE} with {@code %} for any run of characters and {@code _} for one; {@code \} escapes. */
    record Like(Operand value, String pattern) implements Cql2 {
    }

    record In(Operand value, List<Operand> list) implements Cql2 {
    }

    record Between(Operand value, Operand low, Operand high) implements Cql2 {
    }

    record IsNull(Operand value) implements Cql2 {
    }

    /**
     * {@code S_INTERSECTS}, {@code S_WITHIN}, {@code S_DISJOINT} or {@code S_DWITHIN} of the feature's geometry and
     * a literal geometry, as the map's region for it ({@link Cql2Evaluation#region}); S_DWITHIN's region is the
     * geodesic circle or buffer of its distance.
     */
    record Spatial(String operator, DrawnRegion region) implements Cql2 {
    }

    /**
     * {@code T_INTERSECTS}, {@code T_DISJOINT}, {@code T_BEFORE}, {@code T_AFTER}, {@code T_DURING} or
     * {@code T_EQUALS} of the feature's days from property {@code startProperty} to {@code endProperty} (the same
     * property for an instant, e.g. {@code INTERVAL(dateStart, dateEnd)} or {@code dateStart}) and a literal
     * interval of days (either end null for open).
     */
    record Temporal(String operator, String startProperty, String endProperty, LocalDate from, LocalDate to) implements Cql2 {
    }

    /**
     * The property names the filter reads, beside the geometry (a spatial function reads the geometry and the
     * uncertainty, which every feature carries as it is).
     */
    static java.util.Set<String> properties(Cql2 filter) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.ArrayDeque<Cql2> open = new java.util.ArrayDeque<>(List.of(filter));
        while (!open.isEmpty()) {
            switch (open.pop()) {
                case And and -> open.addAll(and.all());
                case Or or -> open.addAll(or.any());
                case Not not -> open.push(not.negated());
                case BooleanValue value -> { }
                case Comparison c -> java.util.stream.Stream.of(c.left(), c.right()).forEach(o -> name(o, names));
                case Like like -> name(like.value(), names);
                case In in -> {
                    name(in.value(), names);
                    in.list().forEach(o -> name(o, names));
                }
                case Between between -> java.util.stream.Stream.of(between.value(), between.low(), between.high())
                        .forEach(o -> name(o, names));
                case IsNull isNull -> name(isNull.value(), names);
                case Spatial spatial -> { }
                case Temporal temporal -> {
                    names.add(temporal.startProperty());
                    names.add(temporal.endProperty());
                }
            }
        }
        return names;
    }

    private static void name(Operand operand, java.util.Set<String> names) {
        if (operand instanceof Property property) {
            names.add(property.name());
        }
    }
}
