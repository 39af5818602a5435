package org.deconfliction.atlas.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.Opponent;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filter terms answered from the answers' columns ({@link IncidentRow#category}, {@link IncidentRow#firstDay}
 * and the like) rather than from the incidents: a predicate on {@code category} or {@code opponent} alone, and a
 * comparison of {@code dateStart} or {@code dateEnd} with a day. Each gives the answer the feature-based test
 * gives; a term they do not cover is null, for the caller to test otherwise.
 */
final class ColumnTerms {

    /** A test of one row. */
    interface RowTest {
        boolean test(IncidentRow row);
    }

    private ColumnTerms() {
    }

    /** A day property's day, in days since 1970-01-01, from the answers' columns. */
    static java.util.function.ToIntFunction<IncidentRow> day(String property) {
        return property.equals("dateStart") ? IncidentRow::firstDay : IncidentRow::lastDay;
    }

    /** The codes of each category and opponent, by ordinal, as the features write them. */
    private static final Map<String, String[]> CODES = Map.of(
            "category", Arrays.stream(IncidentCategory.values()).map(IncidentCategory::code).toArray(String[]::new),
            "opponent", Arrays.stream(Opponent.values()).map(Opponent::code).toArray(String[]::new));

    /**
     * A predicate whose only property is {@code category} or {@code opponent} (the others literals), as a table of
     * its answer for each of their values, found with the feature-based test itself, read per row from the
     * answers' columns; null for any other predicate.
     */
    static RowTest enumerated(Cql2 predicate, List<Cql2.Operand> operands) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Cql2.Operand operand : operands) {
            if (operand instanceof Cql2.Property p) {
                names.add(p.name());
            }
        }
        if (names.size() != 1 || !CODES.containsKey(names.iterator().next())) {
            return null;
        }
        String name = names.iterator().next();
        String[] codes = CODES.get(name);
        boolean[] holds = new boolean[codes.length];
        Cql2Evaluation evaluation = new Cql2Evaluation(predicate);
        for (int o = 0; o < codes.length; o++) {
            ObjectNode feature = JsonNodeFactory.instance.objectNode();
            feature.putObject("properties").put(name, codes[o]);
            holds[o] = evaluation.test(feature, () -> null);
        }
        return name.equals("category") ? row -> holds[row.category()] : row -> holds[row.opponent()];
    }

    /**
     * A comparison of {@code dateStart} or {@code dateEnd} with a day (a date, or text that is a day as ISO 8601
     * writes it), on the days themselves: the same answer as comparing their text, without writing it per row;
     * null for any other comparison.
     */
    static RowTest dayComparison(Cql2.Comparison c) {
        boolean propertyLeft = c.left() instanceof Cql2.Property;
        Cql2.Operand property = propertyLeft ? c.left() : c.right();
        Cql2.Operand other = propertyLeft ? c.right() : c.left();
        if (!(property instanceof Cql2.Property p && p.name().matches("date(Start|End)") && other instanceof Cql2.Literal literal)) {
            return null;
        }
        LocalDate day = literal.value() instanceof LocalDate d ? d : literal.value() instanceof String s ? isoDay(s) : null;
        if (day == null || day.getYear() < 1000 || day.getYear() > 9999) {
            return null;
        }
        java.util.function.ToIntFunction<IncidentRow> read = day(p.name());
        int sign = propertyLeft ? 1 : -1;
        String operator = c.operator();
        long epochDay = day.toEpochDay();
        return row -> Cql2Evaluation.ordered(sign * Long.compare(read.applyAsInt(row), epochDay), operator);
    }

    /** The day this text writes as ISO 8601 does (YYYY-MM-DD); null for any other text. */
    private static LocalDate isoDay(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            return day.toString().equals(text) ? day : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
