package org.deconfliction.atlas.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deconfliction.atlas.api.Cql2Lexer.Kind;
import org.deconfliction.atlas.api.Cql2Lexer.Token;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads CQL2 text (CQL2 Basic, Advanced comparison with LIKE, IN, BETWEEN, Basic spatial and temporal
 * functions) into {@link Cql2}, checking property names and types against the collection's
 * {@link Queryables}. Every refusal names the character position (from 1) where the problem is. Nesting is
 * limited to {@value #MAX_DEPTH} levels and the text to {@value #MAX_LENGTH} characters, so a hostile filter
 * costs little to refuse.
 */
final class Cql2Text {

    static final int MAX_DEPTH = 50;
    static final int MAX_LENGTH = 100_000;
    static final Set<String> SPATIAL = Set.of("S_INTERSECTS", "S_WITHIN", "S_DISJOINT", "S_DWITHIN");
    static final Set<String> TEMPORAL = Set.of("T_INTERSECTS", "T_DISJOINT", "T_BEFORE", "T_AFTER", "T_DURING", "T_EQUALS");

    private final List<Token> tokens;
    private final String text;
    private final Queryables queryables;
    private final OutputCrs filterCrs;
    private int next;
    private int depth;

    private Cql2Text(String text, Queryables queryables, OutputCrs filterCrs) {
        this.text = text;
        this.tokens = Cql2Lexer.tokens(text);
        this.queryables = queryables;
        this.filterCrs = filterCrs;
    }

    /** The filter the text expresses; an {@link InvalidParameterException} naming {@code filter} otherwise. */
    static Cql2 parse(String text, Queryables queryables, OutputCrs filterCrs) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidParameterException("filter", "is " + text.length() + " characters long; at most " + MAX_LENGTH + " are read");
        }
        Cql2Text parser = new Cql2Text(text, queryables, filterCrs);
        Cql2 filter = parser.or();
        Token end = parser.peek();
        if (end.kind() != Kind.END) {
            throw error(end.position(), "'" + end.text() + "' where the filter should have ended");
        }
        return filter;
    }

    static InvalidParameterException error(int position, String problem) {
        return new InvalidParameterException("filter", "cannot be read at character " + position + ": " + problem);
    }

    private Cql2 or() {
        List<Cql2> any = new ArrayList<>(List.of(and()));
        while (word("OR")) {
            any.add(and());
        }
        return any.size() == 1 ? any.getFirst() : new Cql2.Or(any);
    }

    private Cql2 and() {
        List<Cql2> all = new ArrayList<>(List.of(not()));
        while (word("AND")) {
            all.add(not());
        }
        return all.size() == 1 ? all.getFirst() : new Cql2.And(all);
    }

    private Cql2 not() {
        if (++depth > MAX_DEPTH) {
            throw error(peek().position(), "the filter nests deeper than " + MAX_DEPTH + " levels");
        }
        try {
            return word("NOT") ? new Cql2.Not(not()) : primary();
        } finally {
            depth--;
        }
    }

    private Cql2 primary() {
        Token token = peek();
        if (symbol("(")) {
            Cql2 inner = or();
            expect(")");
            return inner;
        }
        String upper = token.kind() == Kind.WORD ? token.text().toUpperCase(Locale.ROOT) : "";
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            next++;
            return new Cql2.BooleanValue(upper.equals("TRUE"));
        }
        if (SPATIAL.contains(upper)) {
            next++;
            return spatial(upper);
        }
        if (TEMPORAL.contains(upper)) {
            next++;
            return temporal(upper);
        }
        if (upper.startsWith("S_") || upper.startsWith("T_") || upper.startsWith("A_")) {
            throw error(token.position(), "the function " + token.text() + ", which this API does not offer; it offers "
                    + String.join(", ", SPATIAL.stream().sorted().toList()) + ", " + String.join(", ", TEMPORAL.stream().sorted().toList()));
        }
        return predicate();
    }

    private Cql2 predicate() {
        Token start = peek();
        Cql2.Operand left = operand();
        boolean negated = word("NOT");
        Token op = peek();
        Cql2 predicate;
        if (word("LIKE")) {
            Token pattern = take(Kind.STRING, "a quoted pattern after LIKE");
            requireType(left, "string", start);
            predicate = new Cql2.Like(left, pattern.text());
        } else if (word("IN")) {
            expect("(");
            List<Cql2.Operand> list = new ArrayList<>();
            do {
                Token at = peek();
                Cql2.Operand item = operand();
                compatible(left, item, at);
                list.add(item);
            } while (symbol(","));
            expect(")");
            predicate = new Cql2.In(left, list);
        } else if (word("BETWEEN")) {
            Token at = peek();
            Cql2.Operand low = operand();
            if (!word("AND")) {
                throw error(peek().position(), "AND expected between the bounds of BETWEEN");
            }
            Cql2.Operand high = operand();
            compatible(left, low, at);
            compatible(left, high, at);
            requireType(left, "number", start);
            predicate = new Cql2.Between(left, low, high);
        } else if (!negated && word("IS")) {
            boolean not = word("NOT");
            if (!word("NULL")) {
                throw error(peek().position(), "NULL expected after IS");
            }
            return not ? new Cql2.Not(new Cql2.IsNull(left)) : new Cql2.IsNull(left);
        } else if (!negated && op.kind() == Kind.SYMBOL && Set.of("=", "<>", "<", "<=", ">", ">=").contains(op.text())) {
            next++;
            Token at = peek();
            Cql2.Operand right = operand();
            compatible(left, right, at);
            predicate = new Cql2.Comparison(op.text(), left, right);
        } else {
            throw error(op.position(), "'" + op.text() + "' where a comparison (=, <>, <, <=, >, >=, LIKE, IN, BETWEEN, IS NULL) should follow");
        }
        return negated ? new Cql2.Not(predicate) : predicate;
    }

    private Cql2.Operand operand() {
        Token token = peek();
        switch (token.kind()) {
            case STRING -> {
                next++;
                return new Cql2.Literal(token.text());
            }
            case NUMBER -> {
                next++;
                return new Cql2.Literal(number(token));
            }
            case QUOTED_NAME -> {
                next++;
                return property(token);
            }
            case WORD -> {
                String upper = token.text().toUpperCase(Locale.ROOT);
                if (upper.equals("TRUE") || upper.equals("FALSE")) {
                    next++;
                    return new Cql2.Literal(upper.equals("TRUE"));
                }
                if ((upper.equals("DATE") || upper.equals("TIMESTAMP")) && tokens.get(next + 1).text().equals("(")) {
                    next += 2;
                    LocalDate day = day(take(Kind.STRING, "a quoted date"));
                    expect(")");
                    return new Cql2.Literal(day);
                }
                next++;
                return property(token);
            }
            default -> throw error(token.position(), token.kind() == Kind.END ? "the filter ends where a value should follow"
                    : "'" + token.text() + "' where a property or a value should be");
        }
    }

    private Cql2.Property property(Token token) {
        if (!queryables.has(token.text())) {
            throw error(token.position(), "no queryable '" + token.text() + "'; GET .../queryables lists them");
        }
        return new Cql2.Property(token.text());
    }

    private Cql2 spatial(String operator) {
        expect("(");
        geometryProperty();
        expect(",");
        Geometry literal = Cql2Geometries.read(this::peek, () -> tokens.get(next++), text, filterCrs);
        double metres = 0;
        if (operator.equals("S_DWITHIN")) {
            expect(",");
            Token distance = take(Kind.NUMBER, "a distance in metres");
            metres = number(distance);
            if (!(metres > 0) || metres > 1_000_000) {
                throw error(distance.position(), "the distance must be more than 0 and at most 1,000,000 metres");
            }
            if (word("meters") || word("metres") || word("m")) {
                // the unit CQL2 examples spell out; metres are the only one
            }
        }
        expect(")");
        return new Cql2.Spatial(operator, Cql2Evaluation.region(operator, literal, metres));
    }

    private void geometryProperty() {
        Token token = peek();
        if ((token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_NAME) && token.text().equals("geometry")) {
            next++;
            return;
        }
        throw error(token.position(), "the first argument of a spatial function must be the property geometry");
    }

    private Cql2 temporal(String operator) {
        expect("(");
        String[] feature = temporalProperties();
        expect(",");
        LocalDate[] interval = temporalLiteral();
        expect(")");
        return new Cql2.Temporal(operator, feature[0], feature[1], interval[0], interval[1]);
    }

    private String[] temporalProperties() {
        Token token = peek();
        if (token.kind() == Kind.WORD && token.text().equalsIgnoreCase("INTERVAL")) {
            next++;
            expect("(");
            Cql2.Property start = dateProperty();
            expect(",");
            Cql2.Property end = dateProperty();
            expect(")");
            return new String[] {start.name(), end.name()};
        }
        Cql2.Property instant = dateProperty();
        return new String[] {instant.name(), instant.name()};
    }

    private Cql2.Property dateProperty() {
        Token token = peek();
        if (token.kind() != Kind.WORD && token.kind() != Kind.QUOTED_NAME) {
            throw error(token.position(), "a date property such as dateStart expected");
        }
        next++;
        Cql2.Property property = property(token);
        requireType(property, "date", token);
        return property;
    }

    private LocalDate[] temporalLiteral() {
        Token token = peek();
        String upper = token.text().toUpperCase(Locale.ROOT);
        if (upper.equals("INTERVAL")) {
            next++;
            expect("(");
            LocalDate from = openDay(take(Kind.STRING, "a quoted date or '..'"));
            expect(",");
            LocalDate to = openDay(take(Kind.STRING, "a quoted date or '..'"));
            expect(")");
            if (from != null && to != null && from.isAfter(to)) {
                throw error(token.position(), "the interval ends before it starts");
            }
            return new LocalDate[] {from, to};
        }
        if (upper.equals("DATE") || upper.equals("TIMESTAMP")) {
            next++;
            expect("(");
            LocalDate day = day(take(Kind.STRING, "a quoted date"));
            expect(")");
            return new LocalDate[] {day, day};
        }
        throw error(token.position(), "DATE('...'), TIMESTAMP('...') or INTERVAL('...', '...') expected");
    }

    private LocalDate openDay(Token token) {
        return token.text().equals("..") ? null : day(token);
    }

    private LocalDate day(Token token) {
        try {
            String value = token.text().strip();
            return value.length() == 10 ? LocalDate.parse(value)
                    : java.time.OffsetDateTime.parse(value).atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            throw error(token.position(), "'" + token.text() + "' is not a date (YYYY-MM-DD) or an RFC 3339 timestamp");
        }
    }

    private double number(Token token) {
        return org.deconfliction.atlas.web.StrictDecimal.decimal(token.text())
                .orElseThrow(() -> error(token.position(), "'" + token.text() + "' is not a number"));
    }

    private void compatible(Cql2.Operand left, Cql2.Operand right, Token at) {
        String leftType = type(left);
        String rightType = type(right);
        boolean dateAndString = (leftType.equals("date") && rightType.equals("string"))
                || (leftType.equals("string") && rightType.equals("date"));
        if (!leftType.equals(rightType) && !dateAndString && !leftType.equals("any") && !rightType.equals("any")) {
            throw error(at.position(), "a " + rightType + " cannot be compared with a " + leftType);
        }
    }

    private void requireType(Cql2.Operand operand, String wanted, Token at) {
        String type = type(operand);
        if (!type.equals(wanted) && !type.equals("any") && !(wanted.equals("number") && type.equals("date"))) {
            throw error(at.position(), "a " + wanted + " is needed here, but this is a " + type);
        }
    }

    private String type(Cql2.Operand operand) {
        return switch (operand) {
            case Cql2.Property property -> queryables.type(property.name());
            case Cql2.Literal literal -> switch (literal.value()) {
                case String s -> "string";
                case Double d -> "number";
                case Boolean b -> "boolean";
                case LocalDate d -> "date";
                default -> "any";
            };
        };
    }

    Token peek() {
        return tokens.get(next);
    }

    private boolean word(String word) {
        Token token = peek();
        if (token.kind() == Kind.WORD && token.text().equalsIgnoreCase(word)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean symbol(String symbol) {
        Token token = peek();
        if (token.kind() == Kind.SYMBOL && token.text().equals(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!symbol(symbol)) {
            Token token = peek();
            throw error(token.position(), "'" + symbol + "' expected, found " + (token.kind() == Kind.END ? "the end" : "'" + token.text() + "'"));
        }
    }

    private Token take(Kind kind, String expected) {
        Token token = peek();
        if (token.kind() != kind) {
            throw error(token.position(), expected + " expected, found " + (token.kind() == Kind.END ? "the end" : "'" + token.text() + "'"));
        }
        next++;
        return token;
    }
}
