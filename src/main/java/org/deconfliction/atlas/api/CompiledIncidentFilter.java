package org.deconfliction.atlas.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A CQL2 filter compiled once into a test of incident rows ({@link IncidentRow}), with the same answer as
 * {@link Cql2Evaluation} gives on the incidents' complete features, but reading the incidents' own fields and kept
 * attributes ({@link IncidentValues}) instead of encoding them. The terms of each AND and OR are tried cheapest
 * first (the incident's own fields, then derived attributes, then spatial tests, then LIKE, then properties only the
 * complete feature holds), so the dear terms are tested only on the rows the cheap ones leave. A LIKE or a term on a
 * nested property is tested on at most {@code maxTextTests} rows in one request; one more is refused with an
 * {@link InvalidParameterException} naming {@code filter}. A compiled filter counts its own tests: make one per request.
 */
final class CompiledIncidentFilter {

    /** What a term costs per row, in the order the terms of an AND or OR are tried. */
    private static final int CONSTANT = 0;
    private static final int OWN = 1;
    private static final int DERIVED = 2;
    private static final int SPATIAL = 3;
    private static final int TEXT = 4;
    private static final int FEATURE = 5;

    private interface Term extends ColumnTerms.RowTest {
    }

    private record Compiled(Term term, int cost) {
    }

    private final Term root;
    private final long maxTextTests;
    private final Cql2.Spatial answered;
    private long textTests;

    /** The filter compiled; null admits every row. */
    CompiledIncidentFilter(Cql2 filter, long maxTextTests) {
        this(filter, maxTextTests, null);
    }

    /**
     * As above, where the rows are the index's answers to the region of {@code answered}, a spatial function of the
     * filter (null for none): that function is then read from how each row answers, not tested again.
     */
    CompiledIncidentFilter(Cql2 filter, long maxTextTests, Cql2.Spatial answered) {
        this.maxTextTests = maxTextTests;
        this.answered = answered;
        this.root = filter == null ? row -> true : compile(filter).term();
    }

    /** Whether the row passes the filter. */
    boolean test(IncidentRow row) {
        return root.test(row);
    }

    private Compiled compile(Cql2 filter) {
        return switch (filter) {
            case Cql2.And and -> join(and.all(), true);
            case Cql2.Or or -> join(or.any(), false);
            case Cql2.Not not -> {
                Compiled negated = compile(not.negated());
                yield new Compiled(row -> !negated.term().test(row), negated.cost());
            }
            case Cql2.BooleanValue value -> new Compiled(row -> value.value(), CONSTANT);
            case Cql2.Spatial spatial when spatial == answered -> new Compiled(row -> Cql2Evaluation.holds(spatial.operator(),
                    row.answer()), OWN);
            case Cql2.Spatial spatial -> new Compiled(row -> Cql2Evaluation.holds(spatial.operator(),
                    spatial.region().answer(row.incident().location(), row.incident().uncertainty().radiusMetres())), SPATIAL);
            case Cql2.Temporal temporal -> temporal(temporal);
            default -> predicate(filter);
        };
    }

    private Compiled join(List<Cql2> parts, boolean all) {
        List<Compiled> compiled = new ArrayList<>(parts.stream().map(this::compile).toList());
        compiled.sort(Comparator.comparingInt(Compiled::cost));
        Term[] terms = compiled.stream().map(Compiled::term).toArray(Term[]::new);
        int cost = compiled.stream().mapToInt(Compiled::cost).max().orElse(CONSTANT);
        return new Compiled(all ? row -> {
            for (Term term : terms) {
                if (!term.test(row)) {
                    return false;
                }
            }
            return true;
        } : row -> {
            for (Term term : terms) {
                if (term.test(row)) {
                    return true;
                }
            }
            return false;
        }, cost);
    }

    private Compiled temporal(Cql2.Temporal t) {
        if (t.startProperty().matches("date(Start|End)") && t.endProperty().matches("date(Start|End)")) {
            java.util.function.ToIntFunction<IncidentRow> start = ColumnTerms.day(t.startProperty());
            java.util.function.ToIntFunction<IncidentRow> end = ColumnTerms.day(t.endProperty());
            return new Compiled(row -> Cql2Evaluation.temporal(t, LocalDate.ofEpochDay(start.applyAsInt(row)),
                    LocalDate.ofEpochDay(end.applyAsInt(row))), OWN);
        }
        return onFeature(t);
    }


    /** A comparison, LIKE, IN, BETWEEN or IS NULL: on the rows' values, or on the feature for a nested property. */
    private Compiled predicate(Cql2 predicate) {
        List<Cql2.Operand> operands = switch (predicate) {
            case Cql2.Comparison c -> List.of(c.left(), c.right());
            case Cql2.Like like -> List.of(like.value());
            case Cql2.In in -> java.util.stream.Stream.concat(java.util.stream.Stream.of(in.value()), in.list().stream()).toList();
            case Cql2.Between b -> List.of(b.value(), b.low(), b.high());
            case Cql2.IsNull isNull -> List.of(isNull.value());
            default -> throw new IllegalStateException("not a predicate: " + predicate);
        };
        ColumnTerms.RowTest enumerated = ColumnTerms.enumerated(predicate, operands);
        if (enumerated != null) {
            return new Compiled(enumerated::test, OWN);
        }
        List<Function<IncidentRow, Object>> values = operands.stream().map(CompiledIncidentFilter::value).toList();
        if (values.contains(null)) {
            return onFeature(predicate);
        }
        int cost = operands.stream().mapToInt(o -> o instanceof Cql2.Property p ? (IncidentValues.derived(p.name()) ? DERIVED : OWN)
                : CONSTANT).max().orElse(CONSTANT);
        Function<IncidentRow, Object> first = values.getFirst();
        ColumnTerms.RowTest days = predicate instanceof Cql2.Comparison c ? ColumnTerms.dayComparison(c) : null;
        if (days != null) {
            return new Compiled(days::test, OWN);
        }
        return switch (predicate) {
            case Cql2.Comparison c -> {
                Function<IncidentRow, Object> right = values.get(1);
                yield new Compiled(row -> Cql2Evaluation.compare(first.apply(row), right.apply(row), c.operator()), cost);
            }
            case Cql2.Like like -> {
                Pattern pattern = Cql2Evaluation.likePattern(like.pattern());
                yield counted(new Compiled(row -> first.apply(row) instanceof String s && pattern.matcher(s).matches(), TEXT));
            }
            case Cql2.In in -> {
                List<Function<IncidentRow, Object>> list = values.subList(1, values.size());
                yield new Compiled(row -> {
                    Object v = first.apply(row);
                    if (v == null) {
                        return false;
                    }
                    for (Function<IncidentRow, Object> item : list) {
                        if (Cql2Evaluation.compare(v, item.apply(row), "=")) {
                            return true;
                        }
                    }
                    return false;
                }, cost);
            }
            case Cql2.Between b -> {
                Function<IncidentRow, Object> low = values.get(1);
                Function<IncidentRow, Object> high = values.get(2);
                yield new Compiled(row -> Cql2Evaluation.compare(first.apply(row), low.apply(row), ">=")
                        && Cql2Evaluation.compare(first.apply(row), high.apply(row), "<="), cost);
            }
            default -> new Compiled(row -> first.apply(row) == null, cost);
        };
    }


    /** How to read an operand from a row: a literal as the feature-based test reads it; null for a nested property. */
    private static Function<IncidentRow, Object> value(Cql2.Operand operand) {
        return switch (operand) {
            case Cql2.Literal literal -> {
                Object value = literal.value() instanceof LocalDate d ? d.toString() : literal.value();
                yield row -> value;
            }
            case Cql2.Property property -> IncidentValues.reader(property.name());
        };
    }

    /** The term tested on the row's complete feature, as the feature-based evaluation tests it. */
    private Compiled onFeature(Cql2 term) {
        Cql2Evaluation evaluation = new Cql2Evaluation(term);
        return counted(new Compiled(row -> evaluation.test(row.feature(), () -> row.incident().location()), FEATURE));
    }

    private Compiled counted(Compiled dear) {
        return new Compiled(row -> {
            if (++textTests > maxTextTests) {
                throw new InvalidParameterException("filter", String.format(Locale.ROOT, "tests LIKE or a nested property"
                        + " on more than %,d incidents; at most %,d are tested so in one request: narrow it first with"
                        + " bbox, datetime, a spatial parameter (side, near, nearRiver, zone, region) or a term on"
                        + " category, opponent or the dates joined with AND", maxTextTests, maxTextTests));
            }
            return dear.term().test(row);
        }, dear.cost());
    }
}
